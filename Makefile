# Convenience wrapper around CMake/ctest. `make test` is the whole test suite:
# a normal build and a build under AddressSanitizer + UndefinedBehaviorSanitizer.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan

.PHONY: all build sample test test-release test-asan bench clean

all: build

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNV_WERROR=ON
	cmake --build $(BUILD) -j$(JOBS)

sample: build
	mkdir -p out
	$(BUILD)/newsvoice speak examples/sample-article.txt -o out/sample-article.wav
	@echo "The sample article is narrated in $(CURDIR)/out/sample-article.wav"

test: test-release test-asan

test-release: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

test-asan:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DNV_SANITIZE=ON -DNV_WERROR=ON
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --output-on-failure -j$(JOBS)

bench: build
	bench/run

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) out
