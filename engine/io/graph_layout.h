#pragma once
// Layered layout of any node/edge graph (Graphviz `dot`, or our own for big graphs), as plain coordinates (points,
// y growing downwards) for a viewer to draw. Thread-safe (Graphviz calls are serialized).
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace dfc {

struct LayoutRequest {
    struct Node {
        std::string id;
        double width = 120, height = 40;  ///< points
    };
    std::vector<Node> nodes;
    std::vector<std::pair<std::string, std::string>> edges;  ///< (from id, to id)
};

struct GraphLayout {
    struct Box {
        double x = 0, y = 0, width = 0, height = 0;  ///< centre and size, points
    };
    struct Edge {
        std::string from, to;
        std::vector<std::pair<double, double>> points;  ///< cubic Bézier: p0, (c1, c2, p)…
    };
    std::map<std::string, Box> nodes;
    std::vector<Edge> edges;
    double width = 0, height = 0;
};

GraphLayout layoutWithDot(const LayoutRequest& request);
/// A layered layout in near-linear time (io/layered_layout.cpp), for graphs `dot` takes minutes on.
GraphLayout layoutLayered(const LayoutRequest& request);
/// `dot` for graphs up to 1,500 nodes, the layered layout above.
GraphLayout layoutGraph(const LayoutRequest& request);

/// Graphviz keeps global state: every use of it in the engine holds this lock.
std::mutex& graphvizMutex();

}  // namespace dfc
