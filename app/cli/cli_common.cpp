#include "cli_common.h"

#include <csignal>
#include <cstdio>
#include <iostream>

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "core/error.h"
#include "pipeline/runner.h"

namespace dfc::cli {

namespace {

CancelToken& interruptToken()
{
    static CancelToken token;
    return token;
}

/// First Ctrl-C: ask the running operation to stop at its next check (it throws Cancelled and
/// nothing half-written is kept: every write is atomic). A second Ctrl-C kills as usual.
void onInterrupt(int)
{
    interruptToken().cancel();  // a lock-free atomic store: safe in a signal handler
    std::signal(SIGINT, SIG_DFL);
}

}  // namespace

void installInterruptHandler() { std::signal(SIGINT, onInterrupt); }

Progress terminalProgress(const std::string& task)
{
    Progress p;
    p.cancel = interruptToken();
    if (!isatty(STDERR_FILENO)) return p;
    p.report = [task](double fraction, const std::string& stage) {
        const int width = 30, filled = static_cast<int>(fraction * width + 0.5);
        std::string bar(filled, '#');
        bar.append(width - filled, '.');
        std::fprintf(stderr, "\r%s [%s] %3d%% %-40.40s", task.c_str(), bar.c_str(),
                     static_cast<int>(fraction * 100 + 0.5), stage.c_str());
        if (fraction >= 1.0) std::fprintf(stderr, "\n");
        std::fflush(stderr);
    };
    return p;
}

std::pair<std::string, Shape> parseNamedShape(const std::string& text)
{
    const size_t eq = text.rfind('=');
    if (eq == std::string::npos || eq == 0)
        fail(ErrorCode::InvalidArgument, "expected NAME=D1,D2,…, got '" + text + "'");
    Shape shape;
    std::string dims = text.substr(eq + 1);
    size_t start = 0;
    while (start <= dims.size()) {
        size_t end = dims.find(',', start);
        if (end == std::string::npos) end = dims.size();
        const std::string d = dims.substr(start, end - start);
        if (d.empty() || d.find_first_not_of("0123456789") != std::string::npos || d.size() > 9)
            fail(ErrorCode::InvalidArgument, "bad dimension '" + d + "' in '" + text + "'");
        shape.push_back(std::stoll(d));
        start = end + 1;
    }
    return {text.substr(0, eq), shape};
}

std::pair<std::string, std::string> parseNamedValue(const std::string& text, const char* what)
{
    const size_t eq = text.rfind('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
        fail(ErrorCode::InvalidArgument, std::string("expected NAME=") + what + ", got '" + text + "'");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

std::string fileNameFor(const std::string& tensorName)
{
    std::string s = tensorName;
    for (char& c : s)
        if (c == '/' || c == ':' || c == '\\') c = '_';
    return s;
}

bool askYesNo(const std::string& question)
{
    if (!isatty(STDIN_FILENO)) return false;
    std::cerr << question << " [y/N] " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

CLI::Option* addHwArchOption(CLI::App& cmd, std::string& target, const std::string& help)
{
    return cmd.add_option("--hw-arch", target, help)->check(CLI::IsMember(Runner::hwArchNames()));
}

ModelScript openHarForStage(Runner& runner, const std::string& har, const std::string& hwArch, const std::string& scriptPath)
{
    runner.loadHar(har);
    if (!hwArch.empty()) runner.setHwArch(hwArch);
    if (scriptPath.empty()) return {};
    ModelScript script = readModelScript(scriptPath, &runner.graph());
    for (const auto& d : script.check.diagnostics)
        if (d.severity != ScriptDiagnostic::Severity::Note) std::cout << d.text() << "\n";
    return script;
}

}  // namespace dfc::cli
