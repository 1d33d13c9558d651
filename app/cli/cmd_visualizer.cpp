// dfc visualizer FILE.har --out graph.svg — draw the layer graph with Graphviz.
#include <iostream>

#include "commands.h"
#include "io/atomic_file.h"
#include "io/graph_render.h"
#include "io/har.h"

namespace dfc::cli {

void addVisualizerCommand(CLI::App& app)
{
    auto har = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("visualizer", "Draw a HAR's layer graph as SVG (or DOT)");
    cmd->add_option("har", *har, "The .har file")->required()->check(CLI::ExistingFile);
    cmd->add_option("--out", *out, "Output file: .svg, or .dot for the Graphviz source")->required();
    cmd->callback([har, out] {
        const std::string dot = graphToDot(readHar(*har).graph);
        writeFileAtomic(*out, out->ends_with(".dot") ? dot : renderDotToSvg(dot));
        std::cout << "Graph written to " << *out << "\n";
    });
}

}  // namespace dfc::cli
