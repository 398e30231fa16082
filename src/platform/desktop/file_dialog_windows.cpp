// The system's Open and Save dialogs on Windows (file_dialog.hpp): GetOpenFileNameW and
// GetSaveFileNameW, which show the Explorer-style dialogs. Each call blocks until the user
// closes the dialog, so it runs on a thread of its own while the window goes on drawing, and
// hands its answer to poll(). Paths cross as UTF-16 (parse/utf16.hpp).
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
// After windows.h, which they need.
#include <commdlg.h>
#include <objbase.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include "parse/utf16.hpp"
#include "platform/desktop/file_dialog.hpp"

namespace boomerang::platform {

namespace {

// Room for the longest path Windows allows with the \\?\ prefix (32,767 UTF-16 units).
constexpr DWORD kPathUnits = 32768;
// Pairs of label and pattern, each ending in NUL, and a NUL after the last pair.
constexpr wchar_t kFilter[] = L"Book files (*.json)\0*.json\0All files (*.*)\0*.*\0";

std::wstring wide(const std::string& utf8) {
    const std::optional<std::u16string> utf16 = parse::utf16_from_utf8(utf8);
    return utf16 ? std::wstring(utf16->begin(), utf16->end()) : std::wstring();
}

// What the dialog answered: the chosen path, Cancel (the call fails and
// CommDlgExtendedError() is 0), or why it failed.
ui::FileDialogAnswer show_dialog(DialogPurpose purpose, const std::string& start_path) {
    const bool save = purpose == DialogPurpose::save;
    // The start is a folder when it ends in a separator, else a file to select or propose.
    const bool is_folder = start_path.empty() || start_path.back() == '\\' || start_path.back() == '/';
    const std::wstring title = wide(dialog_title(purpose));
    const std::wstring folder = is_folder ? wide(start_path) : std::wstring();
    std::wstring file(kPathUnits, L'\0');
    if (!is_folder) {
        const std::wstring start = wide(start_path);
        start.copy(file.data(), std::min<std::size_t>(start.size(), kPathUnits - 1));
    }

    OPENFILENAMEW dialog{};
    dialog.lStructSize = sizeof dialog;
    dialog.lpstrFilter = kFilter;
    dialog.nFilterIndex = 1;
    dialog.lpstrFile = file.data();
    dialog.nMaxFile = kPathUnits;
    dialog.lpstrInitialDir = folder.empty() ? nullptr : folder.c_str();
    dialog.lpstrTitle = title.c_str();
    dialog.lpstrDefExt = L"json";  // Save: "deal" becomes "deal.json"
    // OFN_NOCHANGEDIR: the dialog would otherwise change the working folder, which the
    // frame loop's thread uses (io::absolute_path).
    dialog.Flags = OFN_EXPLORER | OFN_NOCHANGEDIR | OFN_PATHMUSTEXIST |
                   (save ? OFN_OVERWRITEPROMPT : OFN_FILEMUSTEXIST | OFN_HIDEREADONLY);
    const BOOL chosen = save ? ::GetSaveFileNameW(&dialog) : ::GetOpenFileNameW(&dialog);
    if (chosen) {
        const std::u16string path(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(wcslen(file.c_str())));
        return {.outcome = ui::FileDialogAnswer::Outcome::chosen, .path = parse::utf8_from_utf16(path)};
    }
    const DWORD error = ::CommDlgExtendedError();
    if (error == 0) return {.outcome = ui::FileDialogAnswer::Outcome::cancelled};
    char code[16];
    std::snprintf(code, sizeof code, "0x%04lX", static_cast<unsigned long>(error));
    return {.outcome = ui::FileDialogAnswer::Outcome::failed,
            .problem = std::string("the Windows file dialog failed (CommDlgExtendedError ") + code + ")"};
}

}  // namespace

// The dialog's thread writes `answer`, then sets `done`; poll() reads `answer` only after
// seeing `done`, so the two threads never touch it at once.
struct FileDialog::Running {
    std::thread thread;
    std::atomic<bool> done{false};
    ui::FileDialogAnswer answer;
};

std::optional<DialogTool> system_dialog_tool() { return DialogTool{DialogProgram::windows, ""}; }

FileDialog::FileDialog(std::optional<DialogTool> tool) : tool_(std::move(tool)) {}

void FileDialog::start(const ui::HostRequest& request) {
    const std::optional<DialogPurpose> asked = dialog_purpose(request);
    if (!asked || !tool_ || busy()) return;
    const DialogPurpose purpose = *asked;
    running_ = std::make_unique<Running>();
    Running* run = running_.get();
    run->thread = std::thread([run, purpose, start_path = request.start_path] {
        // The Explorer-style dialog hosts shell code, which wants a single-threaded COM
        // apartment on the thread that shows it.
        const HRESULT com = ::CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE);
        run->answer = show_dialog(purpose, start_path);
        if (SUCCEEDED(com)) ::CoUninitialize();
        run->done.store(true, std::memory_order_release);
    });
}

std::optional<ui::FileDialogAnswer> FileDialog::poll() {
    if (ready_) {
        std::optional<ui::FileDialogAnswer> answer = std::move(ready_);
        ready_.reset();
        return answer;
    }
    if (!running_ || !running_->done.load(std::memory_order_acquire)) return std::nullopt;
    running_->thread.join();
    ui::FileDialogAnswer answer = std::move(running_->answer);
    running_.reset();
    return answer;
}

// A dialog still open at quit: its thread is left to end with the process (no call closes
// another thread's GetOpenFileNameW), and its state with it, since the thread still uses it.
FileDialog::~FileDialog() {
    if (!running_) return;
    if (running_->done.load(std::memory_order_acquire)) {
        running_->thread.join();
    } else {
        running_->thread.detach();
        static_cast<void>(running_.release());
    }
}

}  // namespace boomerang::platform
