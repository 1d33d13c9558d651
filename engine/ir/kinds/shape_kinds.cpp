// Data movement: concatenation, slicing, splitting, reshapes, transposes, padding, shuffles.
#include <numeric>

#include "core/error.h"
#include "ir/kinds/kinds.h"
#include "ir/layout.h"

namespace dfc {
namespace {

int concatAxis(const Layer& l)
{
    const std::string a = l.attr<std::string>("concat_axis");
    if (a == "features") return 2;
    if (a == "spatial_w") return 1;
    if (a == "spatial_h") return 0;
    fail(ErrorCode::InvalidGraph, "unknown concat_axis '" + a + "'");
}

std::vector<Shape> concatShape(const Layer& l, const std::vector<Shape>& in)
{
    const int axis = concatAxis(l);
    const Hwc first = toHwc(in[0]);
    Shape out{first.h, first.w, first.c};
    out[axis] = 0;
    for (const Shape& s : in) {
        const Hwc x = toHwc(s);
        const Shape xs{x.h, x.w, x.c};
        for (int i = 0; i < 3; ++i)
            if (i != axis && xs[i] != out[i])
                fail(ErrorCode::InvalidGraph, "concat inputs differ outside the concat axis");
        out[axis] += xs[axis];
    }
    if (in[0].size() == 1 && axis == 2) return {{out[2]}};
    return {out};
}

}  // namespace

/// Resolves a [start, stop, step] slice (empty = whole axis; stop <= 0 counts from the end).
int64_t sliceExtent(const std::vector<int64_t>& s, int64_t dim, int64_t* start, int64_t* step)
{
    if (s.empty()) {
        *start = 0;
        *step = 1;
        return dim;
    }
    if (s.size() != 3 || s[2] <= 0)
        fail(ErrorCode::InvalidGraph, "a slice needs [start, stop, step] with step > 0");
    int64_t b = std::clamp<int64_t>(s[0] < 0 ? s[0] + dim : s[0], 0, dim);
    int64_t e = std::clamp<int64_t>(s[1] <= 0 ? s[1] + dim : s[1], 0, dim);
    *start = b;
    *step = s[2];
    return e > b ? (e - b + s[2] - 1) / s[2] : 0;
}

void registerShapeKinds(LayerKindRegistry& r)
{
    r.add({.type = "concat",
           .category = LayerCategory::Shape,
           .summary = "Concatenates its inputs along features, width or height.",
           .defaults = {{"concat_axis", "features"}},
           .minInputs = 1,
           .maxInputs = -1,
           .inferShapes = concatShape});
    r.add({.type = "slice",
           .category = LayerCategory::Shape,
           .summary = "Takes [start, stop, step] along height, width and features.",
           .defaults = {{"height_slice", nlohmann::json::array()},
                        {"width_slice", nlohmann::json::array()},
                        {"features_slice", nlohmann::json::array()}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const Hwc x = toHwc(in[0]);
               int64_t b, s;
               const int64_t h = sliceExtent(l.attr<std::vector<int64_t>>("height_slice"), x.h, &b, &s);
               const int64_t w = sliceExtent(l.attr<std::vector<int64_t>>("width_slice"), x.w, &b, &s);
               const int64_t c = sliceExtent(l.attr<std::vector<int64_t>>("features_slice"), x.c, &b, &s);
               if (in[0].size() == 1) return std::vector<Shape>{{c}};
               return std::vector<Shape>{{h, w, c}};
           }});
    r.add({.type = "feature_splitter",
           .category = LayerCategory::Shape,
           .summary = "Splits the features into consecutive groups, one per consumer.",
           .defaults = {{"split_sizes", nlohmann::json::array()}},
           .multiOutput = true,
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const Hwc x = toHwc(in[0]);
               auto sizes = l.attr<std::vector<int64_t>>("split_sizes");
               if (std::accumulate(sizes.begin(), sizes.end(), int64_t{0}) != x.c || sizes.empty())
                   fail(ErrorCode::InvalidGraph, "split_sizes must add up to the feature count");
               std::vector<Shape> out;
               for (int64_t s : sizes) out.push_back({x.h, x.w, s});
               return out;
           }});
    r.add({.type = "reshape",
           .category = LayerCategory::Shape,
           .summary = "Reshape; with original_*_shape it reshapes in the source model's layout.",
           .defaults = {{"target_shape", nlohmann::json::array()},
                        {"original_input_shape", nlohmann::json::array()},
                        {"original_output_shape", nlohmann::json::array()}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               Shape t = l.attr<Shape>("target_shape");
               if (shapeElements(t) != shapeElements(in[0]) || t.empty())
                   fail(ErrorCode::InvalidGraph, "reshape to " + shapeToString(t) +
                                                     " changes the element count of " +
                                                     shapeToString(in[0]));
               return std::vector<Shape>{t};
           }});
    r.add({.type = "transpose",
           .category = LayerCategory::Shape,
           .summary = "Permutes axes: out axis i = in axis perm[i]; with original_perm it "
                      "permutes in the source model's layout.",
           .defaults = {{"perm", {0, 1, 2}},
                        {"original_perm", nlohmann::json::array()},
                        {"original_input_shape", nlohmann::json::array()}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               auto originalPerm = l.attr<std::vector<int>>("original_perm");
               const bool original = !originalPerm.empty();
               const Shape src = original ? l.attr<Shape>("original_input_shape") : in[0];
               auto perm = original ? originalPerm : l.attr<std::vector<int>>("perm");
               if (perm.size() != src.size())
                   fail(ErrorCode::InvalidGraph, "perm rank differs from input rank");
               Shape out(perm.size());
               std::vector<bool> seen(perm.size());
               for (size_t i = 0; i < perm.size(); ++i) {
                   if (perm[i] < 0 || perm[i] >= static_cast<int>(perm.size()) || seen[perm[i]])
                       fail(ErrorCode::InvalidGraph, "perm is not a permutation");
                   seen[perm[i]] = true;
                   out[i] = src[perm[i]];
               }
               if (original && shapeElements(src) != shapeElements(in[0]))
                   fail(ErrorCode::InvalidGraph, "original_input_shape does not match the input");
               return std::vector<Shape>{original ? internalShapeOf(out) : out};
           }});
    r.add({.type = "external_pad",
           .category = LayerCategory::Shape,
           .summary = "Constant padding [top, bottom, left, right] (+ features [front, back]).",
           .defaults = {{"external_pad_params", {0, 0, 0, 0}},
                        {"features_pad", {0, 0}},
                        {"pad_value", 0.0}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const Hwc x = toHwc(in[0]);
               auto p = l.attr<std::vector<int64_t>>("external_pad_params");
               auto f = l.attr<std::vector<int64_t>>("features_pad");
               if (p.size() != 4 || f.size() != 2)
                   fail(ErrorCode::InvalidGraph, "external_pad_params needs 4 values");
               return std::vector<Shape>{{x.h + p[0] + p[1], x.w + p[2] + p[3], x.c + f[0] + f[1]}};
           }});
    r.add({.type = "feature_shuffle",
           .category = LayerCategory::Shape,
           .summary = "Channel shuffle: features viewed as [groups, C/groups] and transposed.",
           .defaults = {{"groups", 2}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const int64_t g = l.attr<int64_t>("groups");
               if (g <= 0 || toHwc(in[0]).c % g != 0)
                   fail(ErrorCode::InvalidGraph, "groups must divide the feature count");
               return std::vector<Shape>{in[0]};
           }});
    r.add({.type = "shortcut",
           .category = LayerCategory::Shape,
           .summary = "Identity; routes a tensor unchanged.",
           .inferShapes = sameAsFirstInput});
}

}  // namespace dfc
