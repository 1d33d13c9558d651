#pragma once
// A deliberate wrong-way include (io may not reach the emulator): check_module_boundaries must
// fail on this tree, or the check checks nothing.
#include "emulator/executor.h"
