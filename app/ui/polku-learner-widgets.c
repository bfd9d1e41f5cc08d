/* polku-learner-widgets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-learner-widgets"

#include "config.h"

#include <stdio.h>

#include "polku-date-entry.h"
#include "polku-learner-widgets.h"

/* "YYYY-MM-DD" as "D.M.YYYY"; "" when unset. */
char *
polku_learner_format_date (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", d, m, y);
}

char *
polku_learner_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

GtkWidget *
polku_learner_new_group (GtkBox     *box,
                         const char *title,
                         const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);
  return group;
}

/* The short lists are boxed lists whose rows are rebuilt; the rows marked
 * "polku-keep" (the Add forms) stay last. */
GtkWidget *
polku_learner_new_list (GtkWidget *group)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return list;
}

void
polku_learner_clear_rows (GtkWidget *list)
{
  GtkWidget *child = gtk_widget_get_first_child (list);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child) && g_object_get_data (G_OBJECT (child), "polku-keep") == NULL)
        gtk_list_box_remove (GTK_LIST_BOX (list), child);
      child = next;
    }
}

void
polku_learner_insert_row (GtkWidget *list,
                          GtkWidget *row)
{
  int position = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      if (g_object_get_data (G_OBJECT (child), "polku-keep") != NULL)
        break;
      position++;
    }
  gtk_list_box_insert (GTK_LIST_BOX (list), row, position);
}

void
polku_learner_keep_row (GtkWidget *list,
                        GtkWidget *row)
{
  g_object_set_data (G_OBJECT (row), "polku-keep", GINT_TO_POINTER (1));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

GtkWidget *
polku_learner_new_combo_row (const char    *title,
                             GtkStringList *strings,
                             guint          selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (strings));
  if (selected < g_list_model_get_n_items (G_LIST_MODEL (strings)))
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

GtkWidget *
polku_learner_new_date_row (const char *title,
                            const char *date,
                            GtkWidget **out_entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = polku_date_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  polku_date_entry_set_label (POLKU_DATE_ENTRY (entry), title);
  if (date != NULL)
    polku_date_entry_set_date (POLKU_DATE_ENTRY (entry), date);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  *out_entry = entry;
  return row;
}

GtkWidget *
polku_learner_new_button_row (const char *title,
                              const char *subtitle,
                              GtkWidget  *button)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (button != NULL)
    {
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      /* A row that only holds a button does what the button does (Enter on the row). */
      if (title == NULL || *title == '\0')
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
    }
  return row;
}

GtkWidget *
polku_learner_new_icon_button (const char *icon_name,
                               const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
wide_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_list_item_set_child (item, label);
}

static void
wide_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Unit names are long: the drop-down shows them whole, wrapped. */
void
polku_learner_use_wide_list (GtkWidget *combo)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (wide_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (wide_item_bind_cb), NULL);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (combo), factory);
}

static void
expanded_cb (AdwExpanderRow *row,
             GParamSpec     *pspec,
             GHashTable     *expanded)
{
  const char *key = g_object_get_data (G_OBJECT (row), "expanded-key");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (expanded, g_strdup (key));
  else
    g_hash_table_remove (expanded, key);
}

/* Rebuilt rows open again as they were: @expanded (string keys, owned) holds
 * the @key (transfer full) of each open row, and must outlive @expander. */
void
polku_learner_track_expanded (GtkWidget  *expander,
                              GHashTable *expanded,
                              char       *key)
{
  g_object_set_data_full (G_OBJECT (expander), "expanded-key", key, g_free);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), g_hash_table_contains (expanded, key));
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (expanded_cb), expanded);
}
