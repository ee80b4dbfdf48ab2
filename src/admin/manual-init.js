// Imported first: the German interface must be registered before Decap CMS starts.
window.CMS_MANUAL_INIT = true;
