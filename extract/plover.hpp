// The 18 PLOVER event types and what each means by default.
//
// A stance rule names its type; the type supplies the polarity, CAMEO quad
// class, CAMEO root and Goldstein-style weight unless the rule overrides them.
//
//   const sg::extract::StanceType* t = sg::extract::FindStanceType("cooperate");
//   // t->quad_class == 2, t->cameo_root == "06", t->polarity == +1
#pragma once

#include <array>
#include <string_view>

namespace sg::extract {

struct StanceType {
  std::string_view name;  // PLOVER type, lower case
  int quad_class;         // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string_view cameo_root;  // CAMEO root code the type maps to
  int polarity;                 // +1 cooperative, 0 neutral, -1 conflictual
  double goldstein;             // Goldstein weight of that CAMEO root
};

// PLOVER's mapping onto CAMEO roots (PLOVER documentation), with the
// Goldstein scale's value for each root.
inline constexpr std::array<StanceType, 18> kStanceTypes{{
    {"agree", 1, "05", +1, 3.5},
    {"consult", 1, "04", 0, 1.0},
    {"support", 1, "05", +1, 3.5},
    {"concede", 2, "08", +1, 5.0},
    {"cooperate", 2, "06", +1, 6.0},
    {"aid", 2, "07", +1, 7.0},
    {"retreat", 2, "08", +1, 5.0},
    {"investigate", 3, "09", -1, -2.0},
    {"demand", 3, "10", -1, -5.0},
    {"disapprove", 3, "11", -1, -2.0},
    {"reject", 3, "12", -1, -4.0},
    {"threaten", 3, "13", -1, -6.0},
    {"protest", 4, "14", -1, -6.5},
    {"mobilize", 4, "15", -1, -7.2},
    {"sanction", 4, "16", -1, -4.0},
    {"coerce", 4, "17", -1, -7.0},
    {"assault", 4, "18", -1, -9.0},
    {"fight", 4, "19", -1, -10.0},
}};

// CAMEO root 03, "express intent to cooperate": what a cooperative stance
// becomes when it is only an intention ("ready to restore ties").
inline constexpr std::string_view kIntentCameoRoot = "03";
inline constexpr int kIntentQuadClass = 1;
inline constexpr double kIntentGoldstein = 4.0;

// The type called `name`, or nullptr if PLOVER has none.
inline const StanceType* FindStanceType(std::string_view name) {
  for (const StanceType& t : kStanceTypes) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace sg::extract
