/**
 * Runs inside the card's iframe: tells the embedding page the card's height whenever it changes,
 * so the iframe fits its content without a scrollbar. The page checks the message's origin.
 */
export const CARD_SCRIPT = `(function(){var d=document.documentElement;function send(){parent.postMessage({type:"claimtrail:resize",claim:d.getAttribute("data-claim"),height:Math.ceil(d.getBoundingClientRect().height)},"*")}addEventListener("load",send);if(window.ResizeObserver)new ResizeObserver(send).observe(d);send()})();`;

/**
 * GET /embed.js: turns every `<div data-claimtrail-claim="clm_…">` (optional `data-lang`) into an
 * iframe of the card, and sizes each iframe from the card's messages, accepting only messages from
 * this service's origin and from that very iframe. No dependencies; written small by hand, since
 * it loads on news pages.
 */
export const EMBED_SCRIPT = `(function(){
var s=document.currentScript,o=new URL(s?s.src:location.href).origin,re=/^clm_[0-9A-HJKMNP-TV-Z]{26}$/;
function mount(el){
if(el.getAttribute("data-claimtrail-mounted"))return;
var id=el.getAttribute("data-claimtrail-claim");if(!re.test(id||""))return;
var lang=el.getAttribute("data-lang"),f=document.createElement("iframe");
f.src=o+"/embed/claims/"+id+(lang?"?lang="+encodeURIComponent(lang):"");
f.title=el.getAttribute("data-title")||"Fact-check status of a quoted claim";
f.loading="lazy";f.setAttribute("data-claimtrail-frame",id);f.setAttribute("scrolling","no");
f.style.cssText="border:0;width:100%;max-width:560px;height:170px;display:block;background:transparent";
el.textContent="";el.appendChild(f);el.setAttribute("data-claimtrail-mounted","1")}
function scan(){var l=document.querySelectorAll("[data-claimtrail-claim]");for(var i=0;i<l.length;i++)mount(l[i])}
addEventListener("message",function(e){
if(e.origin!==o||!e.data||e.data.type!=="claimtrail:resize"||typeof e.data.height!=="number")return;
var l=document.querySelectorAll("iframe[data-claimtrail-frame]");
for(var i=0;i<l.length;i++)if(l[i].contentWindow===e.source)l[i].style.height=Math.min(Math.max(e.data.height,60),2000)+"px"});
if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",scan);else scan()})();
`;
