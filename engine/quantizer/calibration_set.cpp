#include "quantizer/calibration_set.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>

#include "core/error.h"
#include "io/image_decode.h"
#include "io/npy.h"
#include "io/npz.h"
#include "ir/layout.h"

namespace dfc {
namespace {

namespace fs = std::filesystem;

std::string shapeText(const Shape& s) { return shapeToString(s); }

/// `t` as [N, H, W, C] for an input of shape `hwc`; explains channel-first data.
Tensor asBatch(Tensor t, const Shape& hwc, const std::string& input, const std::string& what)
{
    if (t.shape.size() == hwc.size()) t.shape.insert(t.shape.begin(), 1);
    if (t.shape.size() == hwc.size() + 1 && std::equal(hwc.begin(), hwc.end(), t.shape.begin() + 1)) return t;
    std::string hint;
    if (t.shape.size() == 4 && hwc.size() == 3 && t.shape[1] == hwc[2] && t.shape[2] == hwc[0] && t.shape[3] == hwc[1])
        hint = "; it looks channel-first (N, C, H, W): calibration data is channel-last (N, H, W, C)";
    fail(ErrorCode::InvalidArgument, "array of shape " + shapeText(t.shape) + " does not fit input '" + input +
                                         "' of shape " + shapeText(hwc) + " (expected [N, " +
                                         shapeText(hwc).substr(1) + " or a single item)" + hint, what);
}

Tensor concat(std::vector<Tensor>& parts, const Shape& hwc)
{
    int64_t n = 0;
    for (const auto& p : parts) n += p.shape[0];
    Shape shape = {n};
    shape.insert(shape.end(), hwc.begin(), hwc.end());
    Tensor out(shape);
    size_t at = 0;
    for (const auto& p : parts) {
        std::copy(p.data.begin(), p.data.end(), out.data.begin() + static_cast<std::ptrdiff_t>(at));
        at += p.data.size();
    }
    return out;
}

Tensor firstItems(const Tensor& t, int64_t n)
{
    if (t.shape[0] <= n) return t;
    Shape s = t.shape;
    s[0] = n;
    Tensor out(s);
    std::copy(t.data.begin(), t.data.begin() + static_cast<std::ptrdiff_t>(out.data.size()), out.data.begin());
    return out;
}

std::vector<fs::path> sortedFiles(const fs::path& dir, bool (*accept)(const fs::path&))
{
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && accept(e.path())) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

Tensor resizeImageBilinear(const uint8_t* rgb, int width, int height, int64_t outH, int64_t outW)
{
    Tensor out({outH, outW, 3});
    const double sy = double(height) / outH, sx = double(width) / outW;
    for (int64_t y = 0; y < outH; ++y) {
        const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, double(height - 1));
        const int y0 = static_cast<int>(fy), y1 = std::min(y0 + 1, height - 1);
        const double wy = fy - y0;
        for (int64_t x = 0; x < outW; ++x) {
            const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, double(width - 1));
            const int x0 = static_cast<int>(fx), x1 = std::min(x0 + 1, width - 1);
            const double wx = fx - x0;
            for (int c = 0; c < 3; ++c) {
                auto p = [&](int yy, int xx) { return double(rgb[(static_cast<size_t>(yy) * width + xx) * 3 + c]); };
                const double v = (1 - wy) * ((1 - wx) * p(y0, x0) + wx * p(y0, x1)) + wy * ((1 - wx) * p(y1, x0) + wx * p(y1, x1));
                out.data[static_cast<size_t>((y * outW + x) * 3 + c)] = static_cast<float>(v);
            }
        }
    }
    return out;
}

CalibrationOptions CalibrationOptions::withDefaults(const CalibrationSettings& settings) const
{
    CalibrationOptions o = *this;
    if (o.size == 0) o.size = settings.calibsetSize;
    if (o.batchSize == 0) o.batchSize = settings.batchSize;
    return o;
}

namespace {

/// Up to `count` images decoded and resized to the input's [H, W, 3], each as [1, H, W, 3].
std::vector<Tensor> readImages(const std::vector<fs::path>& files, const Layer& input, int64_t count, const std::string& what,
                               const Progress& progress)
{
    const Shape hwc = hostShape(input);
    if (hwc.size() != 3 || hwc[2] != 3)
        fail(ErrorCode::InvalidArgument, "images give RGB data; input '" + input.name + "' has shape " + shapeText(hwc), what);
    std::vector<Tensor> parts;
    for (const auto& f : files) {
        if (int64_t(parts.size()) >= count) break;
        progress.checkCancelled();
        progress.update(double(parts.size()) / double(count), "decoding " + f.filename().string());
        const RgbImage img = decodeImageFile(f.string());
        Tensor t = resizeImageBilinear(img.pixels.data(), img.width, img.height, hwc[0], hwc[1]);
        t.shape.insert(t.shape.begin(), 1);
        parts.push_back(std::move(t));
    }
    return parts;
}

}  // namespace

CalibrationSet loadCalibrationSet(const Graph& graph, const CalibrationOptions& options, const Progress& progress)
{
    if (options.size < 0) fail(ErrorCode::InvalidArgument, "calibset_size must be positive");
    const CalibrationOptions o = options.withDefaults(CalibrationSettings());
    const auto inputs = graph.inputLayers();
    if (inputs.empty()) fail(ErrorCode::InvalidArgument, "the graph has no input layer");
    CalibrationSet set;
    if (o.random) {
        std::mt19937_64 rng(o.seed);
        std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
        for (const Layer* in : inputs) {
            Shape s = {o.size};
            for (int64_t d : in->outputShape()) s.push_back(d);  // the device's shape: no host order to keep
            Tensor t(s);
            for (float& v : t.data) v = uniform(rng);
            set.inputs[in->name] = std::move(t);
        }
        set.source = "random uniform [0, 1), seed " + std::to_string(o.seed);
    } else {
        // Files hold the host's [H, W, C]; a transposed network takes [W, H, C] (swapped below).
        if (o.path.empty()) fail(ErrorCode::InvalidArgument, "give a calibration set path or use the random calibration set");
        const fs::path path(o.path);
        if (!fs::exists(path)) fail(ErrorCode::NotFound, "the calibration set does not exist", o.path);
        const Layer* single = inputs.size() == 1 ? inputs[0] : nullptr;
        auto needSingle = [&](const char* kind) {
            if (!single)
                fail(ErrorCode::InvalidArgument, std::string("the model has ") + std::to_string(inputs.size()) + " inputs; a " + kind +
                                                     " feeds only one: give an .npz with one array per input", o.path);
        };
        if (fs::is_directory(path)) {
            const auto npys = sortedFiles(path, [](const fs::path& p) { return p.extension() == ".npy"; });
            const auto images = sortedFiles(path, [](const fs::path& p) { return isImageFileName(p.string()); });
            if (npys.empty() && images.empty())
                fail(ErrorCode::InvalidArgument, "the directory holds no .npy files and no PNG/JPEG images", o.path);
            needSingle("directory");
            const Shape hwc = hostShape(*single);
            std::vector<Tensor> parts;
            int64_t have = 0;
            if (!npys.empty()) {
                for (const auto& f : npys) {
                    if (have >= o.size) break;
                    parts.push_back(asBatch(readNpyFile(f.string()), hwc, single->name, f.string()));
                    have += parts.back().shape[0];
                }
                set.source = std::to_string(npys.size()) + " .npy files in " + o.path;
            } else {
                for (Tensor& t : readImages(images, *single, o.size, o.path, progress)) parts.push_back(std::move(t));
                set.source = std::to_string(images.size()) + " images in " + o.path + " (RGB 0–255, resized to " +
                             std::to_string(hwc[0]) + "×" + std::to_string(hwc[1]) + ")";
            }
            set.inputs[single->name] = firstItems(concat(parts, hwc), o.size);
        } else if (path.extension() == ".npz") {
            const TensorMap arrays = readNpzFile(o.path);
            for (const Layer* in : inputs) {
                const std::string original = in->params.value("original_name", std::string());
                const std::string scoped = graph.name + "/" + in->name;
                const Tensor* t = nullptr;
                for (const std::string& key : {in->name, scoped, original})
                    if (!key.empty() && arrays.count(key)) t = &arrays.at(key);
                if (!t) {
                    std::string keys;
                    for (const auto& [k, v] : arrays) keys += (keys.empty() ? "" : ", ") + k;
                    fail(ErrorCode::InvalidArgument, "no array for input '" + in->name + "'" +
                                                         (original.empty() ? "" : " (or '" + original + "')") +
                                                         "; the archive holds: " + keys, o.path);
                }
                set.inputs[in->name] = firstItems(asBatch(*t, hostShape(*in), in->name, o.path + ":" + in->name), o.size);
            }
            set.source = o.path;
        } else if (isImageFileName(o.path)) {
            needSingle("image");
            std::vector<Tensor> one = readImages({path}, *single, 1, o.path, progress);
            set.inputs[single->name] = std::move(one.front());
            set.source = o.path;
        } else {
            needSingle(".npy file");
            set.inputs[single->name] = firstItems(asBatch(readNpyFile(o.path), hostShape(*single), single->name, o.path), o.size);
            set.source = o.path;
        }
    }
    if (!o.random)
        for (const Layer* in : inputs) set.inputs[in->name] = hostDeviceSwap(*in, set.inputs[in->name]);
    set.size = set.inputs.begin()->second.shape[0];
    for (const auto& [name, t] : set.inputs)
        if (t.shape[0] != set.size)
            fail(ErrorCode::InvalidArgument, "inputs have different numbers of items (" + std::to_string(t.shape[0]) +
                                                 " for '" + name + "', " + std::to_string(set.size) + " for another)", o.path);
    for (const auto& [name, t] : set.inputs)
        for (float v : t.data)
            if (!std::isfinite(v)) fail(ErrorCode::InvalidArgument, "input '" + name + "' holds NaN or infinity", o.path);
    const int64_t calibsetSize = o.calibsetSize > 0 ? o.calibsetSize : o.size;
    if (!o.random && set.size < calibsetSize)
        set.warnings.push_back("the calibration set has " + std::to_string(set.size) + " items; calibset_size asks for " +
                               std::to_string(calibsetSize));
    if (set.size < kSmallCalibrationSet)
        set.warnings.push_back("SMALL CALIBRATION SET: " + std::to_string(set.size) + " items. Activation ranges from so "
                               "few items miss rare values; use at least " + std::to_string(kSmallCalibrationSet) +
                               " (1024 for optimization levels ≥ 2)");
    return set;
}

CalibrationSet firstCalibrationItems(const CalibrationSet& set, int64_t count)
{
    CalibrationSet first;
    first.size = std::min(set.size, count);
    if (first.size > 0) first.inputs = calibrationBatch(set, 0, first.size);
    first.source = set.source;
    return first;
}

int64_t calibrationItemsWithin(const Graph& graph, int64_t bytes)
{
    int64_t perItem = 0;
    for (const Layer* in : graph.inputLayers()) {
        int64_t n = 1;
        for (int64_t d : in->outputShape()) n *= std::max<int64_t>(1, d);
        perItem += n * int64_t(sizeof(float));
    }
    return std::max<int64_t>(1, perItem > 0 ? bytes / perItem : bytes);
}

std::map<std::string, Tensor> calibrationBatch(const CalibrationSet& set, int64_t from, int64_t to)
{
    if (from < 0 || to > set.size || from >= to) fail(ErrorCode::InvalidArgument, "calibration batch out of range");
    std::map<std::string, Tensor> batch;
    for (const auto& [name, t] : set.inputs) {
        const int64_t item = t.size() / t.shape[0];
        Shape s = t.shape;
        s[0] = to - from;
        batch[name] = Tensor(s, std::vector<float>(t.data.begin() + from * item, t.data.begin() + to * item));
    }
    return batch;
}

std::string calibrationFingerprint(const CalibrationSet& set)
{
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < bytes; ++i) h = (h ^ p[i]) * 1099511628211ull;
    };
    for (const auto& [name, t] : set.inputs) {
        mix(name.data(), name.size());
        mix(t.shape.data(), t.shape.size() * sizeof(t.shape[0]));
        mix(t.data.data(), t.data.size() * sizeof(float));
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

}  // namespace dfc
