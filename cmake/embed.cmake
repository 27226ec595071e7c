# Data files under data/ are compiled into the binary so that `rightstrack parse` works from any
# directory; the files stay the single source of truth and a change rebuilds the embedding.
function(rightstrack_embed target)
  set(sources)
  foreach(pair IN LISTS ARGN)
    string(REPLACE "=" ";" kv "${pair}")
    list(GET kv 0 symbol)
    list(GET kv 1 file)
    set(in "${PROJECT_SOURCE_DIR}/${file}")
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp")
    add_custom_command(
      OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -DIN=${in} -DOUT=${out} -DSYMBOL=${symbol} -P ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
      DEPENDS "${in}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
      COMMENT "Embedding ${file}")
    list(APPEND sources "${out}")
  endforeach()
  target_sources(${target} PRIVATE ${sources})
endfunction()
