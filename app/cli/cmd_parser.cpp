// dfc parser onnx MODEL.onnx — translate a model into a HAR (state native).
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "pipeline/runner.h"

namespace dfc::cli {
namespace {

struct ParserOptions {
    std::string model, harPath, netName, hwArch = "hailo8";
    std::vector<std::string> startNodes, endNodes, inputShapes, disabledPasses;
    bool yes = false;
};

void printList(const char* title, const std::vector<std::string>& items)
{
    std::cout << title;
    for (size_t i = 0; i < items.size(); ++i) std::cout << (i ? ", " : " ") << items[i];
    std::cout << "\n";
}

void printUnsupported(const std::vector<UnsupportedNode>& nodes, const char* where = " in the parsing scope")
{
    std::cout << nodes.size() << " unsupported node(s)" << where << ":\n";
    for (const auto& u : nodes) std::cout << "  " << u.node << " (" << u.op << "): " << u.reason.text() << "\n";
}

void printSuggestion(const ParseReport& r)
{
    printList("Suggested start nodes:", r.suggestedStart);
    printList("Suggested end nodes:", r.suggestedEnd);
    for (const auto& why : r.suggestionReasons) std::cout << "  why: " << why.text() << "\n";
}

/// The unsupported nodes of the whole model, when the parse used the suggested scope instead.
void printWholeModelUnsupported(const SourceGraph& source)
{
    std::vector<UnsupportedNode> whole;
    for (const SourceNode& n : source.nodes)
        if (n.support == NodeSupport::Unsupported) whole.push_back({n.name, n.op, n.reason});
    printUnsupported(whole, " in the whole model, so the suggested start/end nodes were used");
}

void runParser(const ParserOptions& o)
{
    Runner runner(o.hwArch);
    ImportOptions options;
    options.netName = o.netName;
    options.startNodes = o.startNodes;
    options.endNodes = o.endNodes;
    options.disabledPasses = {o.disabledPasses.begin(), o.disabledPasses.end()};
    options.applySuggestion = o.yes;  // the engine re-parses with its suggestion when needed
    for (const auto& s : o.inputShapes) options.inputShapes.insert(parseNamedShape(s));
    SourceGraph source;
    ParseReport report = runner.translate(o.model, options, terminalProgress("parsing"), &source);
    const bool userScope = !o.startNodes.empty() || !o.endNodes.empty();
    if (!report.ok() && !report.suggestionApplied) {
        printUnsupported(report.unsupported);
        printSuggestion(report);
        if (userScope || report.suggestedStart.empty() || !askYesNo("Parse again with the suggested start and end nodes?"))
            fail(ErrorCode::Unsupported, "parsing failed: " + std::to_string(report.unsupported.size()) +
                                             " unsupported node(s); pass -y to use the suggested "
                                             "start/end nodes, or choose them with --start-node-names "
                                             "and --end-node-names", o.model);
        options.applySuggestion = true;
        report = runner.translate(o.model, options, terminalProgress("re-parsing"));
    } else if (report.suggestionApplied) {
        printWholeModelUnsupported(source);
        printSuggestion(report);
    } else if (!userScope) {
        printSuggestion(report);
    }
    if (!report.ok()) {
        printUnsupported(report.unsupported);
        fail(ErrorCode::Unsupported, "parsing with the suggested nodes failed too", o.model);
    }
    printList("Start nodes:", report.startNodes);
    printList("End nodes:", report.endNodes);
    const Graph& g = runner.graph();
    std::cout << "Parsed " << report.sourceNodes << " source nodes into " << g.size() << " layers (";
    bool first = true;
    for (const auto& [id, n] : report.passes)
        if (n) std::cout << (first ? "" : ", ") << id << " ×" << n, first = false;
    std::cout << ")\n";
    const std::string har = o.harPath.empty() ? g.name + ".har" : o.harPath;
    runner.saveHar(har);
    std::cout << "HAR saved to " << har << "\n";
}

/// `dfc parser onnx|tflite`: the same options for both formats, as the vendor CLI has.
void addFormatCommand(CLI::App* parser, const char* format, const char* help, const char* fileHelp)
{
    auto opts = std::make_shared<ParserOptions>();
    auto* cmd = parser->add_subcommand(format, help);
    cmd->add_option("model", opts->model, fileHelp)->required()->check(CLI::ExistingFile);
    cmd->add_option("--har-path", opts->harPath, "Where to write the HAR (default: <net>.har)");
    cmd->add_option("--net-name", opts->netName, "Network name (default: the file's stem)");
    cmd->add_option("--start-node-names", opts->startNodes, "Nodes where parsing starts")->delimiter(',');
    cmd->add_option("--end-node-names", opts->endNodes, "Nodes where parsing ends")->delimiter(',');
    cmd->add_option("--net-input-shapes", opts->inputShapes, "Input shapes, NAME=1,3,224,224 (source layout)");
    addHwArchOption(*cmd, opts->hwArch, "Target hardware");
    cmd->add_option("--disable-pass", opts->disabledPasses, "Skip a fusion pass by id");
    cmd->add_flag("-y,--yes", opts->yes, "Accept the suggested start/end nodes without asking");
    const std::string expected = format;
    cmd->callback([opts, expected] {
        if (Runner::requireFormat(opts->model, expected) != expected)  // the content decides, as everywhere else
            std::cerr << "note: " << opts->model << " is a TFLite model; parsing it as one\n";
        runParser(*opts);
    });
}

}  // namespace

void addParserCommand(CLI::App& app)
{
    auto* parser = app.add_subcommand("parser", "Translate an ONNX or TFLite model into a HAR");
    parser->require_subcommand(1);
    addFormatCommand(parser, "onnx", "Parse an ONNX model", "The .onnx file");
    addFormatCommand(parser, "tflite", "Parse a TFLite model (start/end nodes: operator or tensor names)",
                     "The .tflite file");
}

}  // namespace dfc::cli
