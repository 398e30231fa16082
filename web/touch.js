// Touch on the canvas: one finger at a time, handed to the app (src/ui/touch_input.hpp), which
// tells a tap, a long press, a scroll, a sideways drag of a control and a swipe that belongs
// to the browser apart, and says for each event whether it takes it.
//
// Emscripten's GLFW also listens for touches, and turns them into duplicated, misplaced mouse
// presses (docs/WEB.md, "Touch"): these listeners sit on the canvas's parent in the capture
// phase, ahead of GLFW's, and keep the touches to themselves. A move the app does not take
// is left to the browser, so a swipe over an embed where nothing scrolls that way scrolls the
// article around it. A lifted finger never becomes the browser's emulated mouse clicks.
//
// Typing (src/ui/text_entry.hpp): a canvas cannot bring up an on-screen keyboard, so a real
// <input> (#keyboard, visually hidden) takes focus when a finger activates a text field, with
// the keyboard that field needs; its whole text goes to the app on every change, Enter
// commits, and the keyboard closing commits as leaving the field does. visualViewport tells
// the app where the keyboard begins, so the field being typed in stays above it.
'use strict';

window.BoomerangTouch = (function () {
  const DOWN = 0, MOVED = 1, LIFTED = 2, CANCELLED = 3;
  // boomerang_touch's answers beyond 0 (not taken) and 1 (taken): a tap on a text field.
  const TAP_ON_TEXT = 2, TAP_ON_NUMBER = 3;
  const proxy = document.getElementById('keyboard');

  // Emscripten's GLFW listens for keys on window in the capture phase, and would type every
  // key a second time. Registered before the module starts, this listener runs first and
  // keeps the input's keys from GLFW (and so from the input's own listeners: Enter is
  // handled here). The keys' default actions still type into the input.
  // Only while a finger is typing: otherwise the input has no business with keys, and a key
  // pressed before it took focus must reach GLFW when released, or Dear ImGui would hold it
  // down (a held arrow or Enter goes on acting on every later frame).
  let onEnter = () => {};
  let typingByTouch = false;
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      if (event.target !== proxy || !typingByTouch) return;
      event.stopImmediatePropagation();
      if (type === 'keydown' && event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        onEnter();
      }
    }, true);
  }

  function installKeyboard(module, canvas) {
    let entry = null; // the field the app says a finger is typing in
    let releasing = false;
    const call = (name, types = [], values = []) => module.ccall(name, null, types, values);
    const focusProxy = (keyboard) => {
      proxy.inputMode = keyboard;
      proxy.setAttribute('autocapitalize', keyboard === 'decimal' ? 'off' : 'sentences');
      if (document.activeElement !== proxy) proxy.focus({ preventScroll: true });
    };
    proxy.addEventListener('input', () => {
      if (entry) call('boomerang_text_entry_input', ['string'], [proxy.value]);
    });
    onEnter = () => call('boomerang_text_entry_enter');
    proxy.addEventListener('blur', () => {
      if (!releasing && entry) call('boomerang_text_entry_enter');
    });
    module.touch = {
      textEntry(next) {
        entry = next && next.by_touch ? next : null;
        typingByTouch = !!entry;
        if (!entry) {
          if (document.activeElement === proxy) {
            releasing = true;
            proxy.blur();
            releasing = false;
          }
          return;
        }
        focusProxy(entry.keyboard);
        proxy.value = entry.text;
        if (entry.all_selected) proxy.select();
        else proxy.setSelectionRange(proxy.value.length, proxy.value.length);
      },
    };
    const viewport = window.visualViewport;
    if (viewport) {
      const report = () => {
        const rect = canvas.getBoundingClientRect();
        const bottom = viewport.offsetTop + viewport.height - rect.top;
        call('boomerang_set_visible_bottom', ['number'], [bottom >= rect.height - 1 ? -1 : bottom]);
      };
      viewport.addEventListener('resize', report);
      viewport.addEventListener('scroll', report);
    }
    return focusProxy;
  }

  function install(module, canvas) {
    const stage = canvas.parentElement;
    const focusProxy = installKeyboard(module, canvas);
    // A coarse pointer (a finger) gets controls at least 44 CSS pixels tall.
    const coarse = window.matchMedia('(pointer: coarse)');
    const size = () => module.ccall('boomerang_set_finger_sizes', null, ['number'], [coarse.matches ? 1 : 0]);
    size();
    coarse.addEventListener('change', size);
    let finger = null; // the identifier of the touch the app follows
    let ignoring = false; // after a second finger, until every finger has lifted

    const answer = (phase, touch, event) => {
      const rect = canvas.getBoundingClientRect();
      return module.ccall('boomerang_touch', 'number', ['number', 'number', 'number', 'number'],
        [phase, touch.clientX - rect.left, touch.clientY - rect.top, event.timeStamp]);
    };
    const send = (phase, touch, event) => answer(phase, touch, event) !== 0;
    const followed = (event) => {
      for (const touch of event.changedTouches) if (touch.identifier === finger) return touch;
      return null;
    };
    const listen = (type, handler) => stage.addEventListener(type, (event) => {
      if (event.target !== canvas) return;
      event.stopPropagation();
      handler(event);
    }, { capture: true, passive: false });

    listen('touchstart', (event) => {
      if (finger !== null || ignoring || event.touches.length > 1) {
        // A second finger: a pinch or a stray palm, not ours. The app lets go of the first.
        if (finger !== null) send(CANCELLED, followed(event) || event.changedTouches[0], event);
        finger = null;
        ignoring = true;
        if (event.cancelable) event.preventDefault();
        return;
      }
      const touch = event.changedTouches[0];
      finger = touch.identifier;
      send(DOWN, touch, event);
    });
    listen('touchmove', (event) => {
      const touch = finger === null ? null : followed(event);
      if (!touch) {
        if (ignoring && event.cancelable) event.preventDefault();
        return;
      }
      if (send(MOVED, touch, event) && event.cancelable) event.preventDefault();
    });
    const lift = (phase) => (event) => {
      const touch = finger === null ? null : followed(event);
      if (touch) {
        const answered = answer(phase, touch, event);
        finger = null;
        // Inside the tap's own handler, where browsers let a focus open the keyboard.
        if (answered === TAP_ON_TEXT) focusProxy('text');
        if (answered === TAP_ON_NUMBER) focusProxy('decimal');
      }
      if (event.touches.length === 0) ignoring = false;
      // Never the emulated mousedown/mouseup/click: GLFW would press a second time.
      if (event.cancelable) event.preventDefault();
    };
    listen('touchend', lift(LIFTED));
    listen('touchcancel', lift(CANCELLED));
  }

  return { install };
})();
