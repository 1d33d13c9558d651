// dfc — the Dataflow Studio command line. Verbs mirror the vendor's CLI.
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"

int main(int argc, char** argv)
{
    CLI::App app{"Dataflow Studio compiler: parse, optimize, compile and profile models for "
                 "dataflow NPUs (hailo8, hailo8l, hailo8r)",
                 "dfc"};
    app.require_subcommand(1);
    dfc::cli::installInterruptHandler();
    app.set_version_flag("--version", "dfc " DFC_VERSION);
    dfc::cli::addParserCommand(app);
    dfc::cli::addHarCommand(app);
    dfc::cli::addInferCommand(app);
    dfc::cli::addVisualizerCommand(app);
    dfc::cli::addScriptCommand(app);
    dfc::cli::addOptimizeCommand(app);
    dfc::cli::addParamsCsvCommand(app);
    dfc::cli::addAnalyzeNoiseCommand(app);
    dfc::cli::addCompilerCommand(app);
    dfc::cli::addProfilerCommand(app);
    dfc::cli::addHefCommand(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const dfc::Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return e.code() == dfc::ErrorCode::Cancelled ? 130 : 1;
    } catch (const std::exception& e) {
        std::cerr << "error: internal: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
