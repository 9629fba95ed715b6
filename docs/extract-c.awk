# Turns the C blocks of tutorial-c.md (up to section 10, which needs files)
# into one program: the first block is the file scope, the others main().
/^## 10\./ { stop = 1 }
stop { next }
/^```c$/ { inblock = 1; n++; if (n == 2) print "int main(void)\n{"; next }
/^```$/ && inblock { inblock = 0; next }
inblock { print }
END { print "    return 0;\n}" }
