#include "io/graph_layout.h"

#include <mutex>

#include <graphviz/gvc.h>

#include "core/error.h"

namespace dfc {
std::mutex& graphvizMutex()
{
    static std::mutex m;
    return m;
}

GraphLayout layoutWithDot(const LayoutRequest& request)
{
    std::lock_guard lock(graphvizMutex());
    GVC_t* gvc = gvContext();
    Agraph_t* g = agopen(const_cast<char*>("g"), Agdirected, nullptr);
    agattr(g, AGRAPH, const_cast<char*>("rankdir"), const_cast<char*>("TB"));
    agattr(g, AGRAPH, const_cast<char*>("nodesep"), const_cast<char*>("0.25"));
    agattr(g, AGRAPH, const_cast<char*>("ranksep"), const_cast<char*>("0.35"));
    agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
    agattr(g, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    agattr(g, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(g, AGNODE, const_cast<char*>("width"), const_cast<char*>("1"));
    agattr(g, AGNODE, const_cast<char*>("height"), const_cast<char*>("0.5"));
    std::map<std::string, Agnode_t*> nodes;
    for (const auto& n : request.nodes) {
        Agnode_t* gn = agnode(g, const_cast<char*>(n.id.c_str()), 1);
        agsafeset(gn, const_cast<char*>("width"), const_cast<char*>(std::to_string(n.width / 72).c_str()), const_cast<char*>(""));
        agsafeset(gn, const_cast<char*>("height"), const_cast<char*>(std::to_string(n.height / 72).c_str()), const_cast<char*>(""));
        nodes[n.id] = gn;
    }
    std::vector<std::pair<Agedge_t*, size_t>> edges;
    for (size_t i = 0; i < request.edges.size(); ++i) {
        auto a = nodes.find(request.edges[i].first), b = nodes.find(request.edges[i].second);
        if (a == nodes.end() || b == nodes.end()) continue;
        edges.emplace_back(agedge(g, a->second, b->second, nullptr, 1), i);
    }
    GraphLayout out;
    if (gvLayout(gvc, g, "dot") != 0) {
        agclose(g);
        gvFreeContext(gvc);
        fail(ErrorCode::Internal, "Graphviz layout failed");
    }
    const boxf bb = GD_bb(g);
    out.width = bb.UR.x - bb.LL.x;
    out.height = bb.UR.y - bb.LL.y;
    auto flip = [&](pointf p) { return std::make_pair(p.x - bb.LL.x, bb.UR.y - p.y); };
    for (const auto& [id, gn] : nodes) {
        const auto [x, y] = flip(ND_coord(gn));
        out.nodes[id] = {x, y, ND_width(gn) * 72, ND_height(gn) * 72};
    }
    for (const auto& [ge, index] : edges) {
        GraphLayout::Edge e{request.edges[index].first, request.edges[index].second, {}};
        if (const splines* spl = ED_spl(ge); spl && spl->size > 0) {
            const bezier& bz = spl->list[0];
            for (int k = 0; k < bz.size; ++k) e.points.push_back(flip(bz.list[k]));
            if (bz.eflag) e.points.push_back(flip(bz.ep));
        }
        out.edges.push_back(std::move(e));
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

}  // namespace dfc
