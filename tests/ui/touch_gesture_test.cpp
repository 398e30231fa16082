// One finger on a touch screen: taps, long presses, scrolls with a glide, drags of controls,
// and swipes left to the browser (ui/state/touch_gesture.hpp).
#include <doctest/doctest.h>

#include <cmath>

#include "ui/state/touch_gesture.hpp"

using boomerang::ui::Glide;
using boomerang::ui::TouchConfig;
using boomerang::ui::TouchEnd;
using boomerang::ui::TouchGesture;
using boomerang::ui::TouchKind;
using boomerang::ui::TouchPoint;
using boomerang::ui::TouchProbe;

namespace {

// Content that scrolls vertically both ways, nothing horizontally.
TouchProbe scrolls_vertically(bool over_control = false) {
    return {[](float dx, float) { return dx == 0.0f; }, over_control};
}
TouchProbe scrolls_nowhere(bool over_control = false) {
    return {[](float, float) { return false; }, over_control};
}

}  // namespace

TEST_CASE("a finger lifted where it went down, soon, is a tap; one that wandered is nothing") {
    TouchGesture touch;
    touch.begin({100, 100, 0});
    CHECK_FALSE(touch.move({103, 102, 40}, scrolls_vertically()));  // within the slop
    CHECK(touch.kind() == TouchKind::pending);
    CHECK(touch.end({104, 101, 120}) == TouchEnd::tap);

    touch.begin({100, 100, 0});
    CHECK(touch.end({100, 130, 80}) == TouchEnd::none);  // lifted far away without a move
    touch.begin({100, 100, 0});
    CHECK(touch.end({100, 100, 80}, /*cancelled=*/true) == TouchEnd::none);
}

TEST_CASE("a finger held still becomes a long press, once, and lifting it then clicks nothing") {
    TouchGesture touch;
    touch.begin({50, 50, 1000});
    CHECK_FALSE(touch.hold_due(1400));
    CHECK(touch.hold_due(1500));
    CHECK_FALSE(touch.hold_due(1600));
    CHECK(touch.kind() == TouchKind::hold);
    CHECK(touch.move({60, 80, 1700}, scrolls_vertically()));  // kept: the details stay put
    CHECK(touch.end({60, 80, 1800}) == TouchEnd::hold);

    // Held long but lifted before any frame asked: still a long press, not a tap.
    touch.begin({50, 50, 0});
    CHECK(touch.end({51, 50, 700}) == TouchEnd::hold);
}

TEST_CASE("a vertical swipe over scrollable content scrolls it, following the finger from where it went down") {
    TouchGesture touch;
    touch.begin({200, 400, 0});
    CHECK(touch.move({201, 380, 16}, scrolls_vertically()));
    CHECK(touch.kind() == TouchKind::scroll);
    auto moved = touch.take_scroll();
    CHECK(moved[0] == 0.0f);
    CHECK(moved[1] == doctest::Approx(20.0f));                // finger up 20 px: content scrolls down 20
    CHECK(touch.move({230, 350, 32}, scrolls_vertically()));  // sideways drift is ignored
    moved = touch.take_scroll();
    CHECK(moved[0] == 0.0f);
    CHECK(moved[1] == doctest::Approx(30.0f));
    CHECK(touch.take_scroll()[1] == 0.0f);  // taken once
    CHECK(touch.end({230, 350, 40}) == TouchEnd::scroll);
}

TEST_CASE("a vertical swipe starts a scroll even from a control: only sideways drags work controls") {
    TouchGesture touch;
    touch.begin({200, 400, 0});
    CHECK(touch.move({200, 420, 16}, scrolls_vertically(/*over_control=*/true)));
    CHECK(touch.kind() == TouchKind::scroll);
    CHECK(touch.take_scroll()[1] == doctest::Approx(-20.0f));
}

TEST_CASE("a sideways drag from a control drags it: a label scrubs, a chart reads") {
    TouchGesture touch;
    touch.begin({100, 100, 0});
    CHECK(touch.move({130, 104, 16}, scrolls_vertically(/*over_control=*/true)));
    CHECK(touch.kind() == TouchKind::drag);
    CHECK(touch.move({180, 90, 32}, scrolls_nowhere()));
    CHECK(touch.end({180, 90, 48}) == TouchEnd::drag);
}

TEST_CASE("a swipe where nothing scrolls that way is the browser's: an embed lets its article scroll") {
    TouchGesture touch;
    touch.begin({100, 100, 0});
    CHECK_FALSE(touch.move({100, 60, 16}, scrolls_nowhere(/*over_control=*/true)));
    CHECK(touch.kind() == TouchKind::page);
    CHECK_FALSE(touch.move({100, 20, 32}, scrolls_vertically()));  // decided once per gesture
    CHECK(touch.end({100, 20, 48}) == TouchEnd::page);

    // At the end of the content, a swipe further that way is the browser's too.
    const TouchProbe only_up{[](float, float dy) { return dy < 0.0f; }, false};
    touch.begin({100, 100, 0});
    CHECK_FALSE(touch.move({100, 60, 16}, only_up));  // would scroll further down: cannot
    touch.begin({100, 100, 0});
    CHECK(touch.move({100, 140, 16}, only_up));  // back up: can
}

TEST_CASE("a sideways swipe off any control scrolls sideways where the content can, else is the browser's") {
    const TouchProbe scrolls_sideways{[](float dx, float) { return dx != 0.0f; }, false};
    TouchGesture touch;
    touch.begin({100, 100, 0});
    CHECK(touch.move({60, 102, 16}, scrolls_sideways));
    CHECK(touch.kind() == TouchKind::scroll);
    CHECK(touch.take_scroll()[0] == doctest::Approx(40.0f));
    touch.begin({100, 100, 0});
    CHECK_FALSE(touch.move({60, 102, 16}, scrolls_vertically()));
    CHECK(touch.kind() == TouchKind::page);
}

TEST_CASE("the lift-off speed comes from the last tenth of a second of moves") {
    TouchGesture touch;
    touch.begin({0, 1000, 0});
    touch.move({0, 990, 10}, scrolls_vertically());
    touch.move({0, 900, 300}, scrolls_vertically());  // slow at first
    touch.move({0, 850, 350}, scrolls_vertically());
    touch.move({0, 800, 400}, scrolls_vertically());  // then 1 px per ms
    CHECK(touch.scroll_velocity()[1] == doctest::Approx(1.0f));
    CHECK(touch.scroll_velocity()[0] == 0.0f);
    // A finger that stopped before lifting gives no glide.
    touch.end({0, 800, 700});
    CHECK(touch.scroll_velocity()[1] == doctest::Approx(0.0f));
}

TEST_CASE("a glide covers speed × time constant in all, slowing down until it stops by itself") {
    const TouchConfig config;
    Glide glide({0.0f, 2.0f}, 0.0, config);
    REQUIRE(glide.active());
    double covered = 0.0, now = 0.0;
    float first_step = 0.0f;
    while (glide.active() && now < 10'000.0) {
        now += 16.0;
        const float step = glide.step(now)[1];
        if (first_step == 0.0f) first_step = step;
        covered += step;
    }
    CHECK_FALSE(glide.active());
    CHECK(now < 3000.0);
    CHECK(first_step == doctest::Approx(2.0 * 325.0 * (1.0 - std::exp(-16.0 / 325.0))));
    // The whole distance is v·τ, less what the stop at 0.02 px/ms leaves out (0.02·τ).
    CHECK(covered == doctest::Approx(2.0 * 325.0 - 0.02 * 325.0).epsilon(0.01));
    CHECK_FALSE(Glide({0.0f, 0.01f}, 0.0, config).active());  // too slow to glide at all
}
