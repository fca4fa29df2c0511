package vn.ocop.reporting.views.application;

/** Told after an event changed something a reader may be looking at (the dashboard stream listens). */
public interface ViewChangeListener {

    void viewsChanged();

    ViewChangeListener NONE = () -> {};
}
