#pragma once
// A dense float32 tensor. Activations are NHWC with the batch first ([N,H,W,C] or [N,C]);
// parameters keep the layout their layer kind documents (conv kernel [kh,kw,cin,cout]).
#include <cstdint>
#include <string>
#include <vector>

namespace dfc {

using Shape = std::vector<int64_t>;

int64_t shapeElements(const Shape& shape);
std::string shapeToString(const Shape& shape, const char* sep = "x");

struct Tensor {
    Shape shape;
    std::vector<float> data;

    Tensor() = default;
    explicit Tensor(Shape s, float fill = 0.0f);
    Tensor(Shape s, std::vector<float> values);

    int64_t size() const { return static_cast<int64_t>(data.size()); }
    int64_t dim(int i) const { return shape.at(i < 0 ? shape.size() + i : i); }
    int rank() const { return static_cast<int>(shape.size()); }
    float* ptr() { return data.data(); }
    const float* ptr() const { return data.data(); }
    bool operator==(const Tensor&) const = default;
};

/// Permutes the axes of a tensor: result.shape[i] = t.shape[perm[i]].
Tensor transposeTensor(const Tensor& t, const std::vector<int>& perm);

}  // namespace dfc
