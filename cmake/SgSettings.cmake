# Build settings as INTERFACE targets, linked privately by each of our targets
# (never global flags, so third-party code is not compiled with them).

add_library(sg_settings INTERFACE)
target_compile_options(sg_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                             -Wnon-virtual-dtor -Wold-style-cast)
if(SG_WERROR)
  target_compile_options(sg_settings INTERFACE -Werror)
endif()
if(SG_SANITIZE)
  target_compile_options(sg_settings INTERFACE -fsanitize=${SG_SANITIZE} -fno-omit-frame-pointer
                                               -fno-sanitize-recover=all)
  target_link_options(sg_settings INTERFACE -fsanitize=${SG_SANITIZE})
endif()
if(SG_FUZZ)
  # Coverage for libFuzzer in every library; fuzz/ links the fuzzer runtime.
  target_compile_options(sg_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                               -fno-omit-frame-pointer -fno-sanitize-recover=all
      -fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/fuzz/ubsan_ignorelist.txt)
  target_link_options(sg_settings INTERFACE -fsanitize=address,undefined)
endif()

# Headers are included from the project root: #include "graph/event.hpp".
add_library(sg_common INTERFACE)
target_include_directories(sg_common INTERFACE ${PROJECT_SOURCE_DIR})
