// Includes <iostream> on purpose: build.no_iostreams_at_start must see its static initializer
// here, or it could not see one in the program either.
#include <iostream>

int tightsideIostreamProbe()
{
    return 0;
}
