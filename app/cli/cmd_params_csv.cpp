// dfc params-csv FILE.har --csv-path OUT.csv — per-layer weight statistics.
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "io/atomic_file.h"
#include "pipeline/runner.h"

namespace dfc::cli {

void addParamsCsvCommand(CLI::App& app)
{
    auto har = std::make_shared<std::string>();
    auto csv = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("params-csv", "Write per-layer weight statistics as CSV");
    cmd->add_option("har", *har, "The .har file")->required()->check(CLI::ExistingFile);
    cmd->add_option("--csv-path", *csv, "Output .csv")->required();
    cmd->callback([har, csv] {
        Runner runner;
        runner.loadHar(*har);
        const std::string text = runner.paramsCsv();
        writeFileAtomic(*csv, text);
        std::cout << std::count(text.begin(), text.end(), '\n') - 1 << " weight tensors → " << *csv << "\n";
    });
}

}  // namespace dfc::cli
