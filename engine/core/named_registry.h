#pragma once
// A table of behaviours keyed by name (an ONNX op, a TFLite operator): each module that attaches
// behaviour to names keeps one, filled once by its register*() functions.
#include <map>
#include <string>
#include <vector>

namespace dfc {

template <typename Entry>
class NamedRegistry {
public:
    const Entry* find(const std::string& name) const
    {
        auto it = mEntries.find(name);
        return it == mEntries.end() ? nullptr : &it->second;
    }
    std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for (const auto& [name, entry] : mEntries) out.push_back(name);
        return out;
    }
    void add(const std::string& name, Entry entry) { mEntries.insert_or_assign(name, std::move(entry)); }

private:
    std::map<std::string, Entry> mEntries;
};

}  // namespace dfc
