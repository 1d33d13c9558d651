#include "ir/layer.h"

#include "core/error.h"
#include "ir/layer_kind.h"

namespace dfc {

const std::string& Layer::type() const { return kind->type; }

std::string Layer::hnType() const { return kind->viewOnly ? attr<std::string>("hn_type") : kind->type; }

const nlohmann::json& Layer::attr(const std::string& key) const
{
    if (auto it = params.find(key); it != params.end()) return *it;
    if (auto it = kind->defaults.find(key); it != kind->defaults.end()) return *it;
    fail(ErrorCode::Internal, "layer kind '" + kind->type + "' has no attribute '" + key + "'", {},
         name);
}

const Tensor& Layer::weight(const std::string& key) const
{
    auto it = weights.find(key);
    if (it == weights.end())
        fail(ErrorCode::InvalidGraph, "layer has no parameter '" + key + "'", {}, name);
    return it->second;
}

const Shape& Layer::outputShape(int port) const
{
    if (outputShapes.empty()) fail(ErrorCode::InvalidGraph, "layer has no output shape", {}, name);
    return outputShapes.at(std::min<size_t>(port, outputShapes.size() - 1));
}

}  // namespace dfc
