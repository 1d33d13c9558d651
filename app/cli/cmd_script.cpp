// dfc script check F.alls [--har FILE.har] — syntax, commands, arguments and (with a HAR) layer
// names of a model script, as `file:line:col: error: …` lines; exit 1 when an error is found.
#include <iostream>

#include "commands.h"
#include "core/error.h"
#include "pipeline/runner.h"
#include "script/script_parser.h"

namespace dfc::cli {

void addScriptCommand(CLI::App& app)
{
    auto* script = app.add_subcommand("script", "Work with model scripts (.alls)");
    script->require_subcommand(1);
    auto path = std::make_shared<std::string>();
    auto har = std::make_shared<std::string>();
    auto* check = script->add_subcommand("check", "Check a model script; with --har also its layer names");
    check->add_option("script", *path, "The .alls file")->required()->check(CLI::ExistingFile);
    check->add_option("--har", *har, "Check layer names and patterns against this HAR")->check(CLI::ExistingFile);
    check->callback([path, har] {
        Script s;
        try {
            s = parseScriptFile(*path);
        } catch (const Error& e) {  // a syntax error: the same one-line form as every finding
            if (e.location().empty()) throw;
            std::cout << e.file() << ":" << e.location() << ": error: " << e.message() << "\n";
            throw CLI::RuntimeError(1);
        }
        Runner model;
        if (!har->empty()) model.loadHar(*har);
        const ModelScript interpreted = interpretScript(std::move(s), har->empty() ? nullptr : &model.graph());
        const ScriptCheck& result = interpreted.check;
        for (const auto& d : result.diagnostics) std::cout << d.text() << "\n";
        std::cout << interpreted.source.statements.size() << " statement(s):";
        for (const auto& [stage, n] : result.statementsPerStage) std::cout << " " << n << " " << scriptStageName(stage) << ",";
        std::cout << " " << result.errors << " error(s)\n";
        if (result.errors) throw CLI::RuntimeError(1);
    });
}

}  // namespace dfc::cli
