// Dear ImGui settings for Boomerang, in one place (passed as IMGUI_USER_CONFIG by CMake).
#pragma once

// We never call deprecated API; compiling it out keeps us honest and the binary smaller.
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
// The demo window is not shipped.
#define IMGUI_DISABLE_DEMO_WINDOWS
