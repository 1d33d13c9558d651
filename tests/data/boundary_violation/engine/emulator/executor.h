#pragma once
// Stands in for the real header in the deliberate violation next door.
