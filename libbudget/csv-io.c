/* csv-io: placeholder, being written. */
#include "config.h"
#include "budget-private.h"
