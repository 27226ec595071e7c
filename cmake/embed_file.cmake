# cmake -DIN=file -DOUT=file.cpp -DSYMBOL=name -P embed_file.cmake
file(READ "${IN}" content HEX)
string(LENGTH "${content}" n)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${content}")
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace rightstrack::embedded {\nstatic const char kData[] = {${body} 0};\nextern const std::string_view ${SYMBOL};\nconst std::string_view ${SYMBOL}(kData, sizeof(kData) - 1);\n}\n")
