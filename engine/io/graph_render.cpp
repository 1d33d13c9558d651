#include "io/graph_render.h"

#include <mutex>

#include <graphviz/gvc.h>

#include "core/error.h"
#include "io/graph_layout.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

std::string escape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

std::string graphToDot(const Graph& g)
{
    std::string dot = "digraph \"" + escape(g.name) + "\" {\n  rankdir=TB;\n"
                      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\"];\n";
    for (const Layer* l : g.topoOrder()) {
        std::string label = l->name + "\\n" + l->hnType();
        if (l->kind->defaults.contains("activation") || l->params.contains("activation")) {
            const std::string act = l->attr<std::string>("activation");
            if (act != "linear") label += " + " + act;
        }
        if (!l->outputShapes.empty()) label += "\\n" + shapeToString(l->outputShape());
        dot += "  \"" + escape(l->name) + "\" [label=\"" + escape(label) + "\", fillcolor=\"" +
               layerCategoryColor(l->kind->category) + "\"];\n";
    }
    for (const Layer* l : g.topoOrder())
        for (const std::string& o : l->outputs)
            dot += "  \"" + escape(l->name) + "\" -> \"" + escape(o) + "\";\n";
    return dot + "}\n";
}

std::string renderDotToSvg(const std::string& dot)
{
    std::lock_guard lock(graphvizMutex());
    GVC_t* gvc = gvContext();
    Agraph_t* graph = agmemread(dot.c_str());
    if (!graph) {
        gvFreeContext(gvc);
        fail(ErrorCode::Internal, "Graphviz could not read the generated DOT");
    }
    std::string svg;
    if (gvLayout(gvc, graph, "dot") == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph, "svg", &data, &length) == 0 && data) svg.assign(data, length);
        gvFreeRenderData(data);
        gvFreeLayout(gvc, graph);
    }
    agclose(graph);
    gvFreeContext(gvc);
    if (svg.empty()) fail(ErrorCode::Internal, "Graphviz layout failed");
    return svg;
}

}  // namespace dfc
