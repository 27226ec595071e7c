# Sourced by scripts/test and scripts/demo: installs the Debian packages rightstrack needs, only
# when they are missing. Without root it prints the exact apt-get command and fails.
RIGHTSTRACK_PACKAGES="g++ cmake ninja-build pkg-config libsqlite3-dev libicu-dev libssl-dev libcli11-dev nlohmann-json3-dev libxml2-dev libpoppler-cpp-dev libzip-dev libcpp-httplib-dev libsodium-dev libzstd-dev libgtest-dev libgmock-dev libbenchmark-dev sqlite3 python3 chromium fonts-wqy-microhei wrk"

rightstrack_install_deps() {
  local missing=()
  for p in $RIGHTSTRACK_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # The web app is built with Node.js and npm: Debian's, unless the machine has its own.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  local cmd="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "rightstrack: missing Debian packages: ${missing[*]}" >&2
    echo "run as root:  apt-get update && $cmd" >&2
    return 1
  fi
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

rightstrack_build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S "$ROOT" -B "$ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRIGHTSTRACK_WERROR=$werror >/dev/null
  cmake --build "$ROOT/build" -j "$(nproc)"
}

# The web app (web/): npm packages pinned by package-lock.json, built into web/dist. `npm install`
# rather than `npm ci`: this npm (11.x) writes a lock without other platforms' optional packages and
# then calls it out of sync in `npm ci`; `npm install` keeps to the lock as written.
rightstrack_build_web() {
  (cd "$ROOT/web" && npm install --no-audit --no-fund --loglevel=error && npm run build --silent) >&2
}

