/* polku-workshop-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-workshop-common"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-window.h"
#include "polku-workshop-common.h"

#define LAST_TOAST_KEY "polku-workshop-last-toast"

static void
toast_dismissed_cb (AdwToast        *toast,
                    AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), LAST_TOAST_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), LAST_TOAST_KEY, NULL);
}

/**
 * polku_workshop_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast at once in place of the one we showed before. Toasts are never
 * given high priority: on libadwaita 1.2 a high-priority toast pushes the shown
 * one back while it still hides, and showing that one again too soon aborts.
 */
void
polku_workshop_add_toast (AdwToastOverlay *overlay,
                          AdwToast        *toast)
{
  AdwToast *previous;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  previous = g_object_get_data (G_OBJECT (overlay), LAST_TOAST_KEY);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_NORMAL);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), overlay, 0);
  g_object_set_data (G_OBJECT (overlay), LAST_TOAST_KEY, toast);
  if (previous != NULL)
    adw_toast_dismiss (previous);
  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * polku_workshop_show_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the nearest toast overlay around @widget, or the window's.
 */
void
polku_workshop_show_toast (GtkWidget *widget,
                           AdwToast  *toast)
{
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  root = gtk_widget_get_root (widget);

  if (overlay != NULL)
    polku_workshop_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (POLKU_IS_WINDOW (root))
    polku_window_add_toast (POLKU_WINDOW (root), toast);
  else
    {
      g_debug ("No place for the toast “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
    }
}

/**
 * polku_workshop_show_error:
 *
 * Says in a toast why an edit was refused; the message is already translated.
 */
void
polku_workshop_show_error (GtkWidget    *widget,
                           const GError *error)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 6);
  polku_workshop_show_toast (widget, toast);
}

/* A label for long Finnish texts: wraps at words, and inside very long ones. */
GtkWidget *
polku_workshop_label_new (const char *text,
                          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

void
polku_workshop_remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_widget_unparent (child);
    }
}

/**
 * polku_workshop_get_window:
 *
 * Returns: (transfer none) (nullable): the window @widget is in
 */
GtkWindow *
polku_workshop_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * polku_workshop_release_focus:
 *
 * Takes the keyboard focus away from inside @container before it is hidden or
 * remade, so that the focused field hears that it lost focus (and saves).
 */
void
polku_workshop_release_focus (GtkWidget *container)
{
  GtkRoot *root = gtk_widget_get_root (container);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && (focus == container || gtk_widget_is_ancestor (focus, container)))
    gtk_root_set_focus (root, NULL);
}
