/* version: the run-time library version. */
#include "config.h"

#include "budget-private.h"

const char *budget_version(void)
{
    return BUDGET_VERSION;
}

int budget_version_number(void)
{
    return BUDGET_VERSION_NUMBER;
}
