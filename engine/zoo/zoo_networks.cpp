// Standard architectures with random weights. Layouts follow the variants the vendor's
// published counts use (see shared/reference/published-performance.md): ResNet v1 in the
// TF-slim layout (stride 2 in the last unit of a block), MobileNetV2 with 1001 classes; the
// others as their papers' reference implementations. Their parameter and OPS counts are checked
// against the published ones by the compiler benchmark (bench/bench_compiler.cpp).
#include <algorithm>
#include <cctype>
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

/// ResNeXt in the torchvision layout (stride in the grouped 3×3 of a stage's first unit).
/// The ResNeXt / RegNetX block: 1×1, grouped 3×3, 1×1, plus the shortcut (projected when the
/// shape changes).
std::string groupedBottleneck(OnnxBuilder& b, const std::string& x, int64_t cin, int64_t width, int64_t cout, int64_t stride,
                              int64_t groups)
{
    std::string y = b.relu(b.convBn(x, cin, width, 1, 1));
    y = b.relu(b.convBn(y, width, width, 3, stride, groups));
    y = b.convBn(y, width, cout, 1, 1);
    const std::string id = (cin != cout || stride != 1) ? b.convBn(x, cin, cout, 1, stride) : x;
    return b.relu(b.add(y, id));
}

onnx::ModelProto resnext(const std::string& name, std::vector<int> units, int64_t batch)
{
    OnnxBuilder b(name);
    std::string x = b.input("input", {batch, 3, 224, 224});
    x = b.relu(b.convBn(x, 3, 64, 7, 2));
    x = b.node("MaxPool", {x}, {{"kernel_shape", {3, 3}}, {"strides", {2, 2}}, {"pads", {1, 1, 1, 1}}});
    int64_t c = 64;
    for (int stage = 0; stage < 4; ++stage) {
        const int64_t width = 128 << stage, cout = 256 << stage;
        for (int u = 0; u < units[stage]; ++u) {
            const int64_t stride = (u == 0 && stage > 0) ? 2 : 1;
            x = groupedBottleneck(b, x, c, width, cout, stride, 32);
            c = cout;
        }
    }
    b.output(b.classifier(x, c, 1000));
    return b.finish();
}

/// RegNetX-1.6GF: X blocks (1×1, grouped 3×3 with group width 24, 1×1) in four stages.
onnx::ModelProto regnetx16gf(int64_t batch)
{
    OnnxBuilder b("regnetx_1_6gf");
    std::string x = b.input("input", {batch, 3, 224, 224});
    int64_t c = 32;
    x = b.relu(b.convBn(x, 3, c, 3, 2));
    const int64_t depths[] = {2, 4, 10, 2}, widths[] = {72, 168, 408, 912};
    for (int stage = 0; stage < 4; ++stage) {
        const int64_t w = widths[stage];
        for (int u = 0; u < depths[stage]; ++u) {
            const int64_t stride = u == 0 ? 2 : 1;
            x = groupedBottleneck(b, x, c, w, w, stride, w / 24);
            c = w;
        }
    }
    b.output(b.classifier(x, c, 1000));
    return b.finish();
}

/// RepVGG-A in its deployed form: plain 3×3 convolutions with bias and ReLU.
onnx::ModelProto repvggA(const std::string& name, double a, double bWidth, int64_t batch)
{
    OnnxBuilder b(name);
    std::string x = b.input("input", {batch, 3, 224, 224});
    const int64_t w0 = std::min<int64_t>(64, int64_t(64 * a));
    const int64_t widths[] = {w0, int64_t(64 * a), int64_t(128 * a), int64_t(256 * a), int64_t(512 * bWidth)};
    const int depths[] = {1, 2, 4, 14, 1};
    int64_t c = 3;
    for (int stage = 0; stage < 5; ++stage)
        for (int u = 0; u < depths[stage]; ++u) {
            x = b.relu(b.conv(x, c, widths[stage], 3, u == 0 ? 2 : 1, 1, true));
            c = widths[stage];
        }
    b.output(b.classifier(x, c, 1000));
    return b.finish();
}

/// SqueezeNet v1.1: fire modules (squeeze 1×1, then 1×1 and 3×3 expands concatenated).
onnx::ModelProto squeezenet11(int64_t batch)
{
    OnnxBuilder b("squeezenet_v1_1");
    std::string x = b.input("input", {batch, 3, 224, 224});
    x = b.relu(b.conv(x, 3, 64, 3, 2, 1, true));
    auto pool = [&](const std::string& t) {
        return b.node("MaxPool", {t}, {{"kernel_shape", {3, 3}}, {"strides", {2, 2}}, {"pads", {0, 0, 1, 1}}});
    };
    auto fire = [&](const std::string& t, int64_t cin, int64_t squeeze, int64_t expand) {
        const std::string s = b.relu(b.conv(t, cin, squeeze, 1, 1, 1, true));
        const std::string e1 = b.relu(b.conv(s, squeeze, expand, 1, 1, 1, true));
        const std::string e3 = b.relu(b.conv(s, squeeze, expand, 3, 1, 1, true));
        return b.node("Concat", {e1, e3}, {{"axis", {1}}});
    };
    x = pool(x);
    x = fire(fire(x, 64, 16, 64), 128, 16, 64);
    x = pool(x);
    x = fire(fire(x, 128, 32, 128), 256, 32, 128);
    x = pool(x);
    x = fire(fire(x, 256, 48, 192), 384, 48, 192);
    x = fire(fire(x, 384, 64, 256), 512, 64, 256);
    x = b.relu(b.conv(x, 512, 1000, 1, 1, 1, true));
    x = b.node("GlobalAveragePool", {x});
    b.output(b.node("Flatten", {x}, {{"axis", {1}}}));
    return b.finish();
}

/// EfficientNet-Lite0: MBConv blocks without squeeze-excitation, ReLU6, fixed stem and head.
onnx::ModelProto efficientnetLite0(int64_t batch)
{
    OnnxBuilder b("efficientnet_lite0");
    std::string x = b.input("input", {batch, 3, 224, 224});
    int64_t c = 32;
    x = b.relu6(b.convBn(x, 3, c, 3, 2));
    const int cfg[][5] = {{1, 3, 1, 16, 1}, {6, 3, 2, 24, 2}, {6, 5, 2, 40, 2}, {6, 3, 2, 80, 3},
                          {6, 5, 1, 112, 3}, {6, 5, 2, 192, 4}, {6, 3, 1, 320, 1}};
    for (const auto& [t, k, s, out, n] : cfg)
        for (int i = 0; i < n; ++i) {
            const int64_t stride = i == 0 ? s : 1, hidden = c * t;
            std::string y = x;
            if (t != 1) y = b.relu6(b.convBn(y, c, hidden, 1, 1));
            y = b.relu6(b.convBn(y, hidden, hidden, k, stride, hidden));
            y = b.convBn(y, hidden, out, 1, 1);
            x = (stride == 1 && c == out) ? b.add(x, y) : y;
            c = out;
        }
    x = b.relu6(b.convBn(x, c, 1280, 1, 1));
    b.output(b.classifier(x, 1280, 1000));
    return b.finish();
}

const std::map<std::string, std::function<onnx::ModelProto(int64_t)>>& networks()
{
    static const std::map<std::string, std::function<onnx::ModelProto(int64_t)>> table = {
        {"mobilenet_v2", [](int64_t n) { return mobilenetV2("mobilenet_v2", 1.0, n); }},
        {"mobilenet_v2_1.4", [](int64_t n) { return mobilenetV2("mobilenet_v2_1_4", 1.4, n); }},
        {"resnet_v1_18", [](int64_t n) { return resnet("resnet_v1_18", false, {2, 2, 2, 2}, 1000, n); }},
        {"resnet_v1_34", [](int64_t n) { return resnet("resnet_v1_34", false, {3, 4, 6, 3}, 1000, n); }},
        {"resnet_v1_50", [](int64_t n) { return resnet("resnet_v1_50", true, {3, 4, 6, 3}, 1000, n); }},
        {"resnext26_32x4d", [](int64_t n) { return resnext("resnext26_32x4d", {2, 2, 2, 2}, n); }},
        {"resnext50_32x4d", [](int64_t n) { return resnext("resnext50_32x4d", {3, 4, 6, 3}, n); }},
        {"regnetx_1.6gf", [](int64_t n) { return regnetx16gf(n); }},
        {"repvgg_a1", [](int64_t n) { return repvggA("repvgg_a1", 1.0, 2.5, n); }},
        {"repvgg_a2", [](int64_t n) { return repvggA("repvgg_a2", 1.5, 2.75, n); }},
        {"squeezenet_v1.1", [](int64_t n) { return squeezenet11(n); }},
        {"efficientnet_lite0", [](int64_t n) { return efficientnetLite0(n); }},
    };
    return table;
}

}  // namespace

onnx::ModelProto deepResidualNetwork(int blocks)
{
    // Narrow (8 channels, 32×32) so a 10k-node graph stays a few MB: this network exists to
    // measure how the tools scale with graph size, not compute.
    OnnxBuilder b("deep_residual_" + std::to_string(blocks));
    std::string x = b.relu(b.convBn(b.input("input", {1, 3, 32, 32}), 3, 8, 3, 1));
    for (int i = 0; i < blocks; ++i) x = basicBlock(b, x, 8, 8, 1);
    b.output(b.classifier(x, 8, 10));
    return b.finish();
}

std::vector<std::string> zooNetworks()
{
    std::vector<std::string> names;
    for (const auto& [name, _] : networks()) names.push_back(name);
    return names;
}

onnx::ModelProto buildZooNetwork(const std::string& name, int64_t batch)
{
    const std::string deep = "deep_residual_";
    if (name.rfind(deep, 0) == 0) {
        const std::string count = name.substr(deep.size());
        const bool digits = !count.empty() && count.size() < 6 && std::all_of(count.begin(), count.end(), ::isdigit);
        if (!digits || std::stoi(count) < 1) fail(ErrorCode::InvalidArgument, "'" + name + "': expected deep_residual_BLOCKS, 1 to 99999 blocks");
        return deepResidualNetwork(std::stoi(count));
    }
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
