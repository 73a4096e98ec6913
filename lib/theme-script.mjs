/**
 * The one inline script of the site, in the <head> of every page (app/layout.tsx), byte-identical on
 * each so that the Content-Security-Policy allows it by one sha256 hash. Before the first paint it sets
 * `<html data-theme>` from the reader's saved choice, else from `prefers-color-scheme`; it follows the
 * system setting while no choice is saved, and makes every `[data-theme-toggle]` button switch and save
 * the theme (a delegated listener: no inline event handler, no React on the page).
 * Without JavaScript the CSS follows `prefers-color-scheme` alone and the toggle stays hidden.
 */
export const THEME_SCRIPT =
  "(function(){var d=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)'),k='theme';" +
  'function saved(){try{var s=localStorage.getItem(k);return s==="dark"||s==="light"?s:null}catch(e){return null}}' +
  'function sync(){var b=document.querySelectorAll("[data-theme-toggle]");for(var i=0;i<b.length;i++)b[i].setAttribute("aria-pressed",d.dataset.theme==="dark"?"true":"false")}' +
  'function set(t){d.dataset.theme=t;sync()}' +
  'set(saved()||(m.matches?"dark":"light"));' +
  'm.addEventListener("change",function(e){if(!saved())set(e.matches?"dark":"light")});' +
  'document.addEventListener("DOMContentLoaded",sync);' +
  'document.addEventListener("click",function(e){var t=e.target;if(!(t instanceof Element)||!t.closest("[data-theme-toggle]"))return;' +
  'var n=d.dataset.theme==="dark"?"light":"dark";set(n);try{localStorage.setItem(k,n)}catch(x){}})})();';
