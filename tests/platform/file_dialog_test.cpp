// The system's file dialogs on Linux (docs/DESKTOP.md, "The system's file dialogs"): which
// program the app runs, with which arguments, how its answer reads, and that running it never
// holds up a frame. The programs' own conventions are in their sources: zenity's
// src/fileselection.c (--file-filter "NAME | PATTERN", --filename, exit status 1 on Cancel)
// and kdialog's src/kdialog.cpp ([startDir] [filter], a '|'-separated Qt name filter).
#include "platform/desktop/file_dialog.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

using boomerang::platform::dialog_arguments;
using boomerang::platform::DialogProgram;
using boomerang::platform::DialogPurpose;
using boomerang::platform::DialogTool;
using boomerang::platform::FileDialog;
using boomerang::platform::ProcessEnd;
using boomerang::testing::read_bytes;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;
using boomerang::ui::FileDialogAnswer;
using boomerang::ui::HostRequest;
using Outcome = boomerang::ui::FileDialogAnswer::Outcome;
using Strings = std::vector<std::string>;

namespace {

// find_dialog_tool over a made-up file system: these paths are executable, nothing else is.
std::optional<DialogTool> tool_for(std::string_view path_variable, std::string_view desktop,
                                   std::set<std::string> executables, Strings* asked = nullptr) {
    return boomerang::platform::find_dialog_tool(path_variable, desktop, [&](const std::string& path) {
        if (asked) asked->push_back(path);
        return executables.count(path) > 0;
    });
}

const DialogTool zenity{DialogProgram::zenity, "/usr/bin/zenity"};
const DialogTool kdialog{DialogProgram::kdialog, "/usr/bin/kdialog"};
const DialogTool osascript{DialogProgram::osascript, "/usr/bin/osascript"};

FileDialogAnswer answer_of(const DialogTool& tool, int exit_status, std::string_view output) {
    return boomerang::platform::read_dialog_answer(tool, {.exit_status = exit_status}, output);
}

// A shell script standing in for zenity: `body` runs with the arguments it was given.
DialogTool fake_zenity(const TempFolder& folder, const std::string& body) {
    const std::string path = folder / "zenity";
    write_bytes(path, "#!/bin/sh\n" + body + "\n");
    REQUIRE(::chmod(path.c_str(), 0755) == 0);
    return {DialogProgram::zenity, path};
}

// Polls as the frame loop does, every 10 ms, for up to 10 s.
std::optional<FileDialogAnswer> wait_for_answer(FileDialog& dialog) {
    for (int frame = 0; frame < 1000; ++frame) {
        if (auto answer = dialog.poll()) return answer;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("only the two file requests open a dialog: Open for choose_file_to_open, Save for choose_file_to_save") {
    using boomerang::platform::dialog_purpose;
    using boomerang::platform::DialogPurpose;
    using Kind = boomerang::ui::HostRequest::Kind;
    CHECK(dialog_purpose({.kind = Kind::choose_file_to_open}) == DialogPurpose::open);
    CHECK(dialog_purpose({.kind = Kind::choose_file_to_save}) == DialogPurpose::save);
    for (Kind other :
         {Kind::copy_text, Kind::download, Kind::capture_png, Kind::pick_file, Kind::action, Kind::copy_link}) {
        CHECK_FALSE(dialog_purpose({.kind = other}).has_value());
    }
}

TEST_CASE("the dialog program: kdialog on KDE, else zenity, else kdialog, else none") {
    const std::set<std::string> both = {"/usr/bin/zenity", "/usr/bin/kdialog"};
    SUBCASE("both installed: XDG_CURRENT_DESKTOP decides") {
        CHECK(tool_for("/usr/local/bin:/usr/bin", "GNOME", both)->program == DialogProgram::zenity);
        CHECK(tool_for("/usr/local/bin:/usr/bin", "ubuntu:GNOME", both)->program == DialogProgram::zenity);
        CHECK(tool_for("/usr/local/bin:/usr/bin", "", both)->program == DialogProgram::zenity);
        const auto kde = tool_for("/usr/local/bin:/usr/bin", "KDE", both);
        REQUIRE(kde);
        CHECK(kde->program == DialogProgram::kdialog);
        CHECK(kde->path == "/usr/bin/kdialog");
        // The variable is a list (XDG Desktop Entry specification, OnlyShowIn names).
        CHECK(tool_for("/usr/bin", "X-Custom:KDE", both)->program == DialogProgram::kdialog);
    }
    SUBCASE("only one installed: that one, whatever the desktop") {
        CHECK(tool_for("/usr/bin", "GNOME", {"/usr/bin/kdialog"})->program == DialogProgram::kdialog);
        CHECK(tool_for("/usr/bin", "KDE", {"/usr/bin/zenity"})->program == DialogProgram::zenity);
    }
    SUBCASE("neither: no dialog, the path field it is") {
        CHECK_FALSE(tool_for("/usr/local/bin:/usr/bin", "GNOME", {}));
        CHECK_FALSE(tool_for("", "KDE", both));
    }
    SUBCASE("the first folder on PATH wins, as in a shell") {
        const auto tool = tool_for("/opt/fake/bin:/usr/bin", "", {"/opt/fake/bin/zenity", "/usr/bin/zenity"});
        REQUIRE(tool);
        CHECK(tool->path == "/opt/fake/bin/zenity");
        CHECK(tool_for("/usr/bin/", "", both)->path == "/usr/bin/zenity");
    }
    SUBCASE("empty and relative entries are never searched: they name the folder the app started in") {
        Strings asked;
        const std::set<std::string> everywhere = {"zenity", "bin/zenity", "./zenity", "/usr/bin/zenity"};
        const auto tool = tool_for("::bin:.:/usr/bin", "", everywhere, &asked);
        REQUIRE(tool);
        CHECK(tool->path == "/usr/bin/zenity");
        CHECK(asked == Strings{"/usr/bin/zenity", "/usr/bin/kdialog"});
    }
}

TEST_CASE("the dialog's arguments: one argv entry each, never a command line for a shell") {
    SUBCASE("zenity, Open: a book filter and an all-files filter, starting at the given file") {
        CHECK(dialog_arguments(zenity, DialogPurpose::open, "/home/ann/deals/amd.json") ==
              Strings{"/usr/bin/zenity", "--file-selection", "--title=Open a book",
                      "--file-filter=Book files (*.json) | *.json", "--file-filter=All files | *",
                      "--filename=/home/ann/deals/amd.json"});
    }
    SUBCASE("zenity, Save: asks before replacing a file") {
        CHECK(dialog_arguments(zenity, DialogPurpose::save, "/home/ann/deals/") ==
              Strings{"/usr/bin/zenity", "--file-selection", "--save", "--confirm-overwrite",
                      "--title=Save the book as", "--file-filter=Book files (*.json) | *.json",
                      "--file-filter=All files | *", "--filename=/home/ann/deals/"});
    }
    SUBCASE("zenity without a start: no --filename, the dialog starts in the working folder") {
        CHECK(dialog_arguments(zenity, DialogPurpose::open, "").back() == "--file-filter=All files | *");
    }
    SUBCASE("kdialog: --title TEXT, then the mode with its start and filter as positional arguments") {
        CHECK(dialog_arguments(kdialog, DialogPurpose::open, "/home/ann/deals/") ==
              Strings{"/usr/bin/kdialog", "--title", "Open a book", "--getopenfilename", "/home/ann/deals/",
                      "Book files (*.json)|All files (*)"});
        CHECK(dialog_arguments(kdialog, DialogPurpose::save, "/home/ann/deals/amd.json") ==
              Strings{"/usr/bin/kdialog", "--title", "Save the book as", "--getsavefilename",
                      "/home/ann/deals/amd.json", "Book files (*.json)|All files (*)"});
        // Without a start the filter must stay the second positional argument.
        CHECK(dialog_arguments(kdialog, DialogPurpose::open, "")[4] == "");
    }
    SUBCASE("spaces, quotes and a dollar sign in a path stay as they are") {
        const std::string path = "/home/ann/my deals/it's \"$HOME\".json";
        CHECK(dialog_arguments(zenity, DialogPurpose::save, path).back() == "--filename=" + path);
        CHECK(dialog_arguments(kdialog, DialogPurpose::save, path)[4] == path);
    }
}

// macOS: osascript -e LINE ... FOLDER NAME; `man osascript`: "Any arguments following the
// script will be passed as a list of strings to the direct parameter of the run handler".
TEST_CASE("osascript: AppleScript's choose file, with the start folder and name as the script's arguments") {
    const auto script_of = [](const Strings& arguments) {
        std::string script;
        for (std::size_t at = 1; at + 1 < arguments.size(); at += 2) {
            if (arguments[at] != "-e") break;
            script += arguments[at + 1] + "\n";
        }
        return script;
    };
    SUBCASE("Open: choose file in the folder of the given file, no name") {
        const Strings arguments = dialog_arguments(osascript, DialogPurpose::open, "/Users/ann/deals/amd.json");
        REQUIRE(arguments.size() == 1 + 2 * 9 + 2);
        CHECK(arguments.front() == "/usr/bin/osascript");
        CHECK(Strings(arguments.end() - 2, arguments.end()) == Strings{"/Users/ann/deals/", ""});
        const std::string script = script_of(arguments);
        CHECK(script.find("choose file with prompt \"Open a book\"") != std::string::npos);
        CHECK(script.find("default location (POSIX file (item 1 of argv))") != std::string::npos);
        CHECK(script.find("choose file name") == std::string::npos);
    }
    SUBCASE("Save: choose file name, proposing the file's name in its folder") {
        const Strings arguments = dialog_arguments(osascript, DialogPurpose::save, "/Users/ann/deals/amd.json");
        CHECK(Strings(arguments.end() - 2, arguments.end()) == Strings{"/Users/ann/deals/", "amd.json"});
        CHECK(script_of(arguments).find("choose file name with prompt \"Save the book as\" default name (item 2 of "
                                        "argv)") != std::string::npos);
    }
    SUBCASE("Cancel (error -128) is caught and answered with nothing; no start, no default location") {
        const Strings arguments = dialog_arguments(osascript, DialogPurpose::open, "");
        CHECK(Strings(arguments.end() - 2, arguments.end()) == Strings{"", ""});
        CHECK(script_of(arguments).find("on error number -128\nreturn \"\"\n") != std::string::npos);
    }
    SUBCASE("quotes and backslashes in a path never reach the script's text") {
        const std::string path = "/Users/ann/it's \"odd\" \\ here/amd.json";
        const Strings arguments = dialog_arguments(osascript, DialogPurpose::save, path);
        CHECK(script_of(arguments).find("odd") == std::string::npos);
        CHECK(arguments[arguments.size() - 2] == "/Users/ann/it's \"odd\" \\ here/");
    }
}

TEST_CASE("a dialog's start folder: the folder itself, or the folder of the file") {
    using boomerang::platform::start_folder;
    CHECK(start_folder("/home/ann/deals/") == "/home/ann/deals/");
    CHECK(start_folder("/home/ann/deals/amd.json") == "/home/ann/deals/");
    CHECK(start_folder("/amd.json") == "/");
    CHECK(start_folder("amd.json") == "");
    CHECK(start_folder("") == "");
}

TEST_CASE("the dialog's answer: a path, Cancel, or why not") {
    SUBCASE("the path printed, without its newline") {
        const FileDialogAnswer answer = answer_of(zenity, 0, "/home/ann/deal.json\n");
        CHECK(answer.outcome == Outcome::chosen);
        CHECK(answer.path == "/home/ann/deal.json");
        CHECK(answer_of(kdialog, 0, "/home/ann/deal.json").path == "/home/ann/deal.json");
    }
    SUBCASE("only the one newline the program adds is removed: a name may end in spaces or a newline") {
        CHECK(answer_of(zenity, 0, "/tmp/deal \n").path == "/tmp/deal ");
        CHECK(answer_of(zenity, 0, "/tmp/deal\n\n").path == "/tmp/deal\n");
    }
    SUBCASE("a name that is not UTF-8 keeps its bytes: Linux names files in bytes") {
        // "café" in Latin-1: 0xE9 alone is not UTF-8.
        const FileDialogAnswer answer = answer_of(kdialog, 0, "/tmp/caf\xE9.json\n");
        CHECK(answer.outcome == Outcome::chosen);
        CHECK(answer.path == "/tmp/caf\xE9.json");
    }
    SUBCASE("Cancel, Esc or the close button: exit status 1, whatever was printed") {
        CHECK(answer_of(zenity, 1, "").outcome == Outcome::cancelled);
        CHECK(answer_of(kdialog, 1, "\n").outcome == Outcome::cancelled);
        // Nothing chosen is nothing to do, too.
        CHECK(answer_of(zenity, 0, "\n").outcome == Outcome::cancelled);
    }
    SUBCASE("osascript: a path, nothing for Cancel, and exit status 1 is an error, not Cancel") {
        CHECK(answer_of(osascript, 0, "/Users/ann/deal.json\n").path == "/Users/ann/deal.json");
        CHECK(answer_of(osascript, 0, "\n").outcome == Outcome::cancelled);
        const FileDialogAnswer error = answer_of(osascript, 1, "");
        CHECK(error.outcome == Outcome::failed);
        CHECK(error.problem == "osascript ended with exit status 1");
    }
    SUBCASE("anything else fails and says why") {
        const FileDialogAnswer broken = answer_of(zenity, 255, "");
        CHECK(broken.outcome == Outcome::failed);
        CHECK(broken.problem == "zenity ended with exit status 255");
        CHECK(boomerang::platform::read_dialog_answer(kdialog, {.signal = 9}, "").problem ==
              "kdialog was stopped by signal 9");
        // zenity 3 prints "(null)" when g_filename_to_utf8 fails on the chosen name.
        CHECK(answer_of(zenity, 0, "(null)\n").problem ==
              "zenity could not pass on the name of that file (not UTF-8?)");
        CHECK(answer_of(zenity, 0, "deal.json\n").problem == "zenity answered \"deal.json\", not a file's path");
    }
}

TEST_CASE("a dialog runs beside the frame loop: polling never waits for it") {
    TempFolder folder;
    const std::string args_file = folder / "args.txt";

    SUBCASE("the chosen path comes back, and the program got each argument whole") {
        FileDialog dialog(fake_zenity(folder, "for a in \"$@\"; do printf '%s\\n' \"$a\"; done >'" + args_file +
                                                  "'\nprintf '/home/ann/my deal.json\\n'"));
        REQUIRE(dialog.available());
        dialog.start({.kind = HostRequest::Kind::choose_file_to_save, .start_path = "/home/ann/it's here/"});
        CHECK(dialog.busy());
        const auto answer = wait_for_answer(dialog);
        REQUIRE(answer);
        CHECK(answer->outcome == Outcome::chosen);
        CHECK(answer->path == "/home/ann/my deal.json");
        CHECK_FALSE(dialog.busy());
        CHECK_FALSE(dialog.poll());  // once only
        CHECK(read_bytes(args_file) ==
              "--file-selection\n--save\n--confirm-overwrite\n--title=Save the book as\n"
              "--file-filter=Book files (*.json) | *.json\n--file-filter=All files | *\n"
              "--filename=/home/ann/it's here/\n");
    }
    SUBCASE("Cancel: exit status 1") {
        FileDialog dialog(fake_zenity(folder, "exit 1"));
        dialog.start({.kind = HostRequest::Kind::choose_file_to_open});
        const auto answer = wait_for_answer(dialog);
        REQUIRE(answer);
        CHECK(answer->outcome == Outcome::cancelled);
    }
    SUBCASE("a program that cannot be started: the answer says why") {
        FileDialog dialog(DialogTool{DialogProgram::zenity, folder / "missing"});
        dialog.start({.kind = HostRequest::Kind::choose_file_to_open});
        const auto answer = dialog.poll();
        REQUIRE(answer);
        CHECK(answer->outcome == Outcome::failed);
        CHECK(answer->problem == "cannot start " + (folder / "missing") + ": No such file or directory");
    }
    SUBCASE("other requests are not for the dialog; nor is a second one while it is open") {
        FileDialog dialog(fake_zenity(folder, "echo started >>'" + args_file + "'\nsleep 1\necho /tmp/first.json"));
        dialog.start({.kind = HostRequest::Kind::copy_text, .content = "x"});
        CHECK_FALSE(dialog.busy());
        dialog.start({.kind = HostRequest::Kind::choose_file_to_open});
        dialog.start({.kind = HostRequest::Kind::choose_file_to_save});
        const auto answer = wait_for_answer(dialog);
        REQUIRE(answer);
        CHECK(answer->path == "/tmp/first.json");
        CHECK(read_bytes(args_file) == "started\n");
    }
    SUBCASE("while the dialog is open a poll returns at once, and quitting closes the dialog") {
        const auto started = std::chrono::steady_clock::now();
        {
            FileDialog dialog(fake_zenity(folder, "exec sleep 30"));
            dialog.start({.kind = HostRequest::Kind::choose_file_to_open});
            for (int frame = 0; frame < 10; ++frame) CHECK_FALSE(dialog.poll());
            CHECK(dialog.busy());
        }
        // sleep 30 was ended by SIGTERM, not waited for.
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    }
}
