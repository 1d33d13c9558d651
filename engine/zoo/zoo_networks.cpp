// Standard architectures with random weights. Layouts follow the variants the vendor's
// published counts use (see shared/reference/published-performance.md): ResNet v1 in the
// TF-slim layout (stride 2 in the last unit of a block), MobileNetV2 with 1001 classes.
#include <functional>
#include <map>

#include "core/error.h"
#include "zoo/onnx_builder.h"

namespace dfc {
namespace {

/// The identity path of a residual unit: a projection when the depth changes, a 1×1 max-pool
/// subsample (TF-slim) when only the resolution does.
std::string shortcut(OnnxBuilder& b, const std::string& x, int64_t cin, int64_t cout, int64_t stride)
{
    if (cin != cout) return b.convBn(x, cin, cout, 1, stride);
    if (stride == 1) return x;
    return b.node("MaxPool", {x}, {{"kernel_shape", {1, 1}}, {"strides", {stride, stride}}});
}

std::string basicBlock(OnnxBuilder& b, const std::string& x, int64_t cin, int64_t cout, int64_t stride)
{
    std::string y = b.relu(b.convBn(x, cin, cout, 3, stride));
    y = b.convBn(y, cout, cout, 3, 1);
    return b.relu(b.add(y, shortcut(b, x, cin, cout, stride)));
}

std::string bottleneck(OnnxBuilder& b, const std::string& x, int64_t cin, int64_t mid, int64_t stride)
{
    const int64_t cout = mid * 4;
    std::string y = b.relu(b.convBn(x, cin, mid, 1, 1));
    y = b.relu(b.convBn(y, mid, mid, 3, stride));
    y = b.convBn(y, mid, cout, 1, 1);
    return b.relu(b.add(y, shortcut(b, x, cin, cout, stride)));
}

onnx::ModelProto resnet(const std::string& name, bool bottlenecks, std::vector<int> units, int64_t classes,
                        int64_t batch)
{
    OnnxBuilder b(name);
    std::string x = b.input("input", {batch, 3, 224, 224});
    x = b.relu(b.convBn(x, 3, 64, 7, 2));
    x = b.node("MaxPool", {x}, {{"kernel_shape", {3, 3}}, {"strides", {2, 2}}, {"pads", {1, 1, 1, 1}}});
    int64_t c = 64;
    const int64_t widths[] = {64, 128, 256, 512};
    for (int stage = 0; stage < 4; ++stage) {
        for (int u = 0; u < units[stage]; ++u) {
            // TF-slim v1 bottleneck nets downsample in the last unit of blocks 1-3; the basic-block
            // ResNet-18 the vendor counts downsamples in the first unit of blocks 2-4.
            const int64_t stride = bottlenecks ? ((u == units[stage] - 1 && stage < 3) ? 2 : 1)
                                               : ((u == 0 && stage > 0) ? 2 : 1);
            if (bottlenecks) {
                x = bottleneck(b, x, c, widths[stage], stride);
                c = widths[stage] * 4;
            } else {
                x = basicBlock(b, x, c, widths[stage], stride);
                c = widths[stage];
            }
        }
    }
    b.output(b.classifier(x, c, classes));
    return b.finish();
}

onnx::ModelProto mobilenetV2(const std::string& name, double width, int64_t batch)
{
    OnnxBuilder b(name);
    auto ch = [&](int64_t c) {
        const int64_t v = std::max<int64_t>(8, static_cast<int64_t>(c * width + 4) / 8 * 8);
        return v < 0.9 * c * width ? v + 8 : v;
    };
    std::string x = b.input("input", {batch, 3, 224, 224});
    int64_t c = ch(32);
    x = b.relu6(b.convBn(x, 3, c, 3, 2));
    const int cfg[][4] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                          {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    for (const auto& [t, cOut, n, s] : cfg) {
        const int64_t out = ch(cOut);
        for (int i = 0; i < n; ++i) {
            const int64_t stride = i == 0 ? s : 1, hidden = c * t;
            std::string y = x;
            if (t != 1) y = b.relu6(b.convBn(y, c, hidden, 1, 1));
            y = b.relu6(b.convBn(y, hidden, hidden, 3, stride, hidden));
            y = b.convBn(y, hidden, out, 1, 1);
            x = (stride == 1 && c == out) ? b.add(x, y) : y;
            c = out;
        }
    }
    const int64_t last = width > 1.0 ? ch(1280) : 1280;
    x = b.relu6(b.convBn(x, c, last, 1, 1));
    b.output(b.classifier(x, last, 1001));
    return b.finish();
}

const std::map<std::string, std::function<onnx::ModelProto(int64_t)>>& networks()
{
    static const std::map<std::string, std::function<onnx::ModelProto(int64_t)>> table = {
        {"mobilenet_v2", [](int64_t n) { return mobilenetV2("mobilenet_v2", 1.0, n); }},
        {"mobilenet_v2_1.4", [](int64_t n) { return mobilenetV2("mobilenet_v2_1_4", 1.4, n); }},
        {"resnet_v1_18", [](int64_t n) { return resnet("resnet_v1_18", false, {2, 2, 2, 2}, 1000, n); }},
        {"resnet_v1_50", [](int64_t n) { return resnet("resnet_v1_50", true, {3, 4, 6, 3}, 1000, n); }},
    };
    return table;
}

}  // namespace

std::vector<std::string> zooNetworks()
{
    std::vector<std::string> names;
    for (const auto& [name, _] : networks()) names.push_back(name);
    return names;
}

onnx::ModelProto buildZooNetwork(const std::string& name, int64_t batch)
{
    auto it = networks().find(name);
    if (it == networks().end()) {
        std::string known;
        for (const auto& n : zooNetworks()) known += " " + n;
        fail(ErrorCode::InvalidArgument, "unknown network '" + name + "'; known:" + known);
    }
    return it->second(batch);
}

}  // namespace dfc

namespace dfc {

std::string zooNetworkOnnxBytes(const std::string& name, int64_t batch)
{
    return buildZooNetwork(name, batch).SerializeAsString();
}

}  // namespace dfc
