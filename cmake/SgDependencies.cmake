# Third-party libraries, all Debian 12 packages (scripts/install-deps.sh installs them).
find_package(Boost 1.74 REQUIRED COMPONENTS graph date_time)
find_package(RapidJSON REQUIRED)
find_package(CLI11 REQUIRED)
find_package(PkgConfig REQUIRED)
# bookworm's re2 ships only a pkg-config file, no CMake config.
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)

# rapidjson-dev gives an include directory and no target: wrap it in one.
add_library(sg_rapidjson INTERFACE)
target_include_directories(sg_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
# size_t lengths and std::string support in the RapidJSON API.
target_compile_definitions(sg_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
find_package(Threads REQUIRED)
# zlib reads gzip-compressed inputs (app/input_stream.cpp).
find_package(ZLIB REQUIRED)
