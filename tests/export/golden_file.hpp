// Byte-for-byte comparison of a writer's output with a file in
// tests/export/golden/.
//
//   sg::out::testing::CheckGolden("fixture.graphml", os.str());
//
// With SG_REGENERATE_GOLDEN=1 in the environment the golden file is rewritten
// instead (review the diff with git before committing it).
#pragma once

#include <string>

namespace sg::out::testing {

// Fails the current Catch2 test unless `actual` equals the golden file `name`
// byte for byte; reports the first differing line. A missing golden file is a
// failure too (run once with SG_REGENERATE_GOLDEN=1 to create it).
void CheckGolden(const std::string& name, const std::string& actual);

}  // namespace sg::out::testing
