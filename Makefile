# chronicle - plain GNU make. `make demo` and `make test` are the two
# commands a new user needs (see README.md).

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man/man1
WERROR  ?= 1
BUILD   ?= build

PKGS    := libpcre2-8 jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -ljansson)

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wformat=2 -Wwrite-strings -Wvla
ifeq ($(WERROR),1)
WARN += -Werror
endif
OPT ?= -O2 -g
override CFLAGS := -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) -Iinclude $(PKG_CFLAGS) -MMD -MP $(CFLAGS)
override LDLIBS := $(PKG_LIBS) -lm $(LDLIBS)

LIB_SRCS  := $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
CLI_SRCS  := src/main.c $(sort $(wildcard src/cli/*.c))
CLI_OBJS  := $(CLI_SRCS:src/%.c=$(BUILD)/obj/%.o)
LIB_OBJS  := $(LIB_SRCS:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/rules_embedded.o
RULE_FILES := $(sort $(wildcard src/rules/*/*.rules))
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all test unit golden sanitize demo install uninstall clean deps fuzz fuzz-replay bench
all: chronicle

chronicle: $(BUILD)/chronicle
	cp $< $@

$(BUILD)/chronicle: $(CLI_OBJS) $(BUILD)/libchronicle.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libchronicle.a: $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/obj/%.o: src/%.c | $(BUILD)/obj
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# The embedder runs at build time on the build machine; plain flags suffice.
$(BUILD)/embed: tools/embed.c | $(BUILD)/obj
	$(CC) -O1 -o $@ $<

$(BUILD)/rules_embedded.c: $(BUILD)/embed $(RULE_FILES)
	$(BUILD)/embed src/rules $@ $(RULE_FILES)

$(BUILD)/obj/rules_embedded.o: $(BUILD)/rules_embedded.c
	$(CC) $(filter-out -Wmissing-prototypes,$(CFLAGS)) -c -o $@ $<

$(BUILD)/obj $(BUILD)/tests:
	mkdir -p $@

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(BUILD)/libchronicle.a | $(BUILD)/tests
	$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(BUILD)/libchronicle.a $(LDLIBS) -lcmocka

# ---- tests -------------------------------------------------------------------
unit: $(UNIT_BINS)
	@for t in $(UNIT_BINS); do $$t || exit 1; done

test: chronicle $(UNIT_BINS) $(BUILD)/fuzz-replay
	@scripts/run-tests ./chronicle $(UNIT_BINS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer,
# in a build tree of its own.
sanitize:
	$(MAKE) BUILD=build-sanitize OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" build-sanitize/chronicle-sanitized
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    CHRONICLE_PATHO_SCALE=0.1 \
	    scripts/run-tests build-sanitize/chronicle-sanitized $(patsubst $(BUILD)/%,build-sanitize/%,$(UNIT_BINS))

$(BUILD)/chronicle-sanitized: $(BUILD)/chronicle $(UNIT_BINS) $(BUILD)/fuzz-replay
	cp $(BUILD)/chronicle $@

# ---- the main job on the bundled samples ------------------------------------------
demo:
	scripts/install-deps.sh
	$(MAKE) all
	scripts/demo.sh

# The fuzz target (fuzz/fuzz_pipeline.c) under libFuzzer with clang, ASan and
# UBSan, in build-fuzz/ (FUZZ_SECONDS, default 600). fuzz-replay runs the
# corpus through the same target with this compiler; `make test` does too.
fuzz:
	scripts/fuzz.sh

$(BUILD)/fuzz-replay: fuzz/replay.c fuzz/fuzz_pipeline.c fuzz/fuzz.h $(BUILD)/libchronicle.a
	$(CC) $(filter-out -MMD -MP,$(CFLAGS)) -Ifuzz $(LDFLAGS) -o $@ fuzz/replay.c fuzz/fuzz_pipeline.c \
	    $(BUILD)/libchronicle.a $(LDLIBS)

fuzz-replay: $(BUILD)/fuzz-replay
	$(BUILD)/fuzz-replay fuzz/corpus

bench: chronicle
	scripts/bench.sh

# ---- install -------------------------------------------------------------------------
# INSTALL_BIN installs another build of the program (tests/extra/install.sh).
INSTALL_BIN ?= chronicle
install: $(INSTALL_BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 0755 $(INSTALL_BIN) $(DESTDIR)$(BINDIR)/chronicle
	install -m 0644 docs/chronicle.1 $(DESTDIR)$(MANDIR)/chronicle.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/chronicle $(DESTDIR)$(MANDIR)/chronicle.1

clean:
	rm -rf build build-sanitize build-fuzz chronicle

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/obj/cli/*.d $(BUILD)/tests/*.d)
