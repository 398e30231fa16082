// The smallest Dear ImGui + GLFW + OpenGL 3 web app: one window, a line of text and a button.
//
// bench/web_size.mjs measures it beside Boomerang's page to show what the calculator costs
// on top of Dear ImGui itself. It is built by the web build with the same Dear ImGui library,
// the same size flags (cmake/web_size.cmake) and the same MODULARIZE settings as the app.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace {

GLFWwindow* window = nullptr;
int clicks = 0;
bool first_frame_drawn = false;

EM_JS(void, notify_first_frame, (), {
    if (Module.onReady) Module.onReady();
});

void frame() {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    ImGui::Begin("Minimal Dear ImGui");
    ImGui::TextUnformatted("Dear ImGui, GLFW and WebGL 2, nothing else.");
    if (ImGui::Button("Click me")) ++clicks;
    ImGui::SameLine();
    ImGui::Text("clicked %d times", clicks);
    ImGui::End();

    ImGui::Render();
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.96f, 0.96f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (!first_frame_drawn) {
        first_frame_drawn = true;
        notify_first_frame();
    }
}

}  // namespace

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    window = glfwCreateWindow(1280, 800, "Minimal Dear ImGui", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
