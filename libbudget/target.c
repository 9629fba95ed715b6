/* target: indicator target texts (being written). */
#include "config.h"
#include "budget-private.h"
