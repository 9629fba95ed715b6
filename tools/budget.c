#include <budget.h>
int main(void) { return 0; }
