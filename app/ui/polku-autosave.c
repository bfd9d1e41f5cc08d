/* polku-autosave.c: the "saved at once" rule for free text. Model setters
 * write on every call, so a field calls back when typing pauses for a moment,
 * on Enter (entries), when focus leaves it and when it is hidden (the user
 * navigated away), but not for text the program puts there itself.
 *
 * Works with any GtkEditable (GtkEntry, AdwEntryRow) and with GtkTextView.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-autosave"

#include "config.h"

#include <adwaita.h>

#include "polku-autosave.h"

#define DATA_KEY "polku-autosave"

typedef struct
{
  PolkuAutosaveFunc func;
  gpointer          user_data;
  guint             timeout_id;
  gboolean          pending;
  gboolean          quiet;
} Autosave;

static void
autosave_free (gpointer data)
{
  Autosave *autosave = data;

  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  g_free (autosave);
}

static Autosave *
get_autosave (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), DATA_KEY);
}

static gboolean
contains_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
commit (GtkWidget *widget)
{
  Autosave *autosave = get_autosave (widget);

  if (autosave == NULL)
    return;

  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  if (!autosave->pending)
    return;

  autosave->pending = FALSE;
  autosave->func (widget, autosave->user_data);
}

static gboolean
timeout_cb (gpointer data)
{
  GtkWidget *widget = data;
  Autosave *autosave = get_autosave (widget);

  autosave->timeout_id = 0;
  commit (widget);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (GtkWidget *widget)
{
  Autosave *autosave = get_autosave (widget);

  if (autosave->quiet)
    return;

  autosave->pending = TRUE;
  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  autosave->timeout_id = g_timeout_add (POLKU_AUTOSAVE_DELAY_MS, timeout_cb, widget);
}

static void
destroy_cb (GtkWidget *widget)
{
  Autosave *autosave = get_autosave (widget);

  /* Too late to save: whoever listens may be gone already. */
  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  autosave->pending = FALSE;
}

/**
 * polku_autosave_attach:
 * @widget: a #GtkEditable or a #GtkTextView
 * @func: called with @widget when its text should be saved
 *
 * @user_data must outlive @widget's mapped life (a view owning the field).
 */
void
polku_autosave_attach (GtkWidget         *widget,
                       PolkuAutosaveFunc  func,
                       gpointer           user_data)
{
  Autosave *autosave;
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));
  g_return_if_fail (func != NULL);
  g_return_if_fail (get_autosave (widget) == NULL);

  autosave = g_new0 (Autosave, 1);
  autosave->func = func;
  autosave->user_data = user_data;
  g_object_set_data_full (G_OBJECT (widget), DATA_KEY, autosave, autosave_free);

  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                             G_CALLBACK (changed_cb), widget, G_CONNECT_SWAPPED);
  else
    g_signal_connect (widget, "changed", G_CALLBACK (changed_cb), NULL);

  if (ADW_IS_ENTRY_ROW (widget))
    g_signal_connect (widget, "entry-activated", G_CALLBACK (commit), NULL);
  else if (GTK_IS_ENTRY (widget))
    g_signal_connect (widget, "activate", G_CALLBACK (commit), NULL);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (commit), widget);
  gtk_widget_add_controller (widget, focus);

  g_signal_connect (widget, "unmap", G_CALLBACK (commit), NULL);
  g_signal_connect (widget, "destroy", G_CALLBACK (destroy_cb), NULL);
}

/**
 * polku_autosave_set_text:
 * @text: (nullable): the saved value to show
 *
 * Shows @text without taking it for an edit. Text being typed is left alone
 * while the field has focus: the saved value is what it was typed from.
 */
void
polku_autosave_set_text (GtkWidget  *widget,
                         const char *text)
{
  Autosave *autosave = get_autosave (widget);
  g_autofree char *current = NULL;

  g_return_if_fail (autosave != NULL);

  if (autosave->pending && contains_focus (widget))
    return;

  current = polku_autosave_dup_text (widget);
  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  autosave->quiet = TRUE;
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
  autosave->quiet = FALSE;
  autosave->pending = FALSE;
  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
}

/**
 * polku_autosave_dup_text:
 *
 * Returns: (transfer full): the text shown, never %NULL
 */
char *
polku_autosave_dup_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

/**
 * polku_autosave_flush:
 *
 * Saves an edit still waiting for its pause, now.
 */
void
polku_autosave_flush (GtkWidget *widget)
{
  g_return_if_fail (get_autosave (widget) != NULL);

  commit (widget);
}
