/**
 * The one script of the site's pages: it remembers the reader's colour scheme (localStorage
 * "cm-theme") across pages and visits. Inline in the head, it sets `data-theme` before the first
 * paint (no flash), then checks the matching radio button of ThemeSwitch.astro and stores each new
 * choice. Without it (JavaScript off, storage refused) the switch still works, page by page.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement,k="cm-theme",t;try{t=localStorage.getItem(k)}catch(e){}if(t==="light"||t==="dark")d.setAttribute("data-theme",t);else t="auto";document.addEventListener("DOMContentLoaded",function(){var r=document.getElementById(k+"-"+t);if(r)r.checked=true;document.addEventListener("change",function(e){var v=e.target.name===k&&e.target.value;if(!v)return;if(v==="auto")d.removeAttribute("data-theme");else d.setAttribute("data-theme",v);try{v==="auto"?localStorage.removeItem(k):localStorage.setItem(k,v)}catch(e){}})})})();`;
