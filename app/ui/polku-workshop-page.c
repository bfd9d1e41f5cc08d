/* polku-workshop-page.c: the Workshop section. A sidebar with the organisation,
 * its workshops (add, rename, archive, reorder) and the partners; beside it the
 * chosen workshop in four views (profile, tasks, coverage, report), the
 * organisation's details, or the partners and agreements.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-workshop-page"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-agreement-list.h"
#include "polku-coverage-view.h"
#include "polku-environment-report-view.h"
#include "polku-organisation.h"
#include "polku-organisation-editor.h"
#include "polku-partners-view.h"
#include "polku-task-list-view.h"
#include "polku-workshop-common.h"
#include "polku-workshop-editor.h"
#include "polku-workshop-list.h"
#include "polku-workshop-page.h"

struct _PolkuWorkshopPage
{
  GtkWidget                   parent_instance;

  /* Template widgets */
  AdwToastOverlay            *toast_overlay;
  AdwLeaflet                 *leaflet;
  GtkWidget                  *sidebar;
  GtkListBox                 *organisation_list;
  GtkListBoxRow              *organisation_row;
  GtkLabel                   *organisation_name_label;
  GtkMenuButton              *add_button;
  GtkPopover                 *add_popover;
  GtkEntry                   *add_entry;
  GtkListBox                 *workshop_list;
  GtkListBox                 *partners_list;
  GtkListBoxRow              *partners_row;
  GtkLabel                   *flagged_badge;
  GtkWidget                  *content_box;
  GtkWidget                  *back_button;
  GtkLabel                   *content_title;
  GtkWidget                  *top_switcher;
  GtkStack                   *content_stack;
  AdwStatusPage              *none_page;
  GtkWidget                  *first_workshop_box;
  GtkEntry                   *first_entry;
  PolkuOrganisationEditor    *organisation_editor;
  AdwViewStack               *view_stack;
  AdwViewSwitcherBar         *switcher_bar;
  PolkuWorkshopEditor        *workshop_editor;
  PolkuTaskListView          *task_list_view;
  PolkuCoverageView          *coverage_view;
  PolkuEnvironmentReportView *report_view;
  PolkuPartnersView          *partners_view;

  /* Owned */
  PolkuContext               *context;
  PolkuOrganisation          *organisation;
  PolkuWorkshopList          *workshops;
  PolkuAgreementList         *agreements;
  PolkuWorkshop              *workshop;       /* the one shown */
  guint                       workshop_position;

  /* What the lazily filled views show now, so that they are set only when seen. */
  gint64                      coverage_workshop_id;
  gint64                      report_workshop_id;

  gboolean                    model_changing;
  gboolean                    selecting;
  gboolean                    loaded;         /* see ensure_loaded() */
};

G_DEFINE_FINAL_TYPE (PolkuWorkshopPage, polku_workshop_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void ensure_loaded (PolkuWorkshopPage *self);

/* Auxiliary methods */

static void
show_error (PolkuWorkshopPage *self,
            const GError      *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 6);
  polku_workshop_add_toast (self->toast_overlay, toast);
}

static const char *
visible_view (PolkuWorkshopPage *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

static guint
n_workshops (PolkuWorkshopPage *self)
{
  return self->workshops != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->workshops)) : 0;
}

static gboolean
find_workshop (PolkuWorkshopPage *self,
               PolkuWorkshop     *workshop,
               guint             *out_position)
{
  guint n = n_workshops (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuWorkshop) item = g_list_model_get_item (G_LIST_MODEL (self->workshops), i);

      if (item == workshop)
        {
          if (out_position != NULL)
            *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
select_rows (PolkuWorkshopPage *self)
{
  const char *view = visible_view (self);
  GtkListBoxRow *row = NULL;
  guint position;

  self->selecting = TRUE;

  if (g_strcmp0 (view, "organisation") == 0)
    gtk_list_box_select_row (self->organisation_list, self->organisation_row);
  else
    gtk_list_box_unselect_all (self->organisation_list);

  if (g_strcmp0 (view, "partners") == 0)
    gtk_list_box_select_row (self->partners_list, self->partners_row);
  else
    gtk_list_box_unselect_all (self->partners_list);

  if (g_strcmp0 (view, "workshop") == 0 && self->workshop != NULL &&
      find_workshop (self, self->workshop, &position))
    row = gtk_list_box_get_row_at_index (self->workshop_list, (int) position);
  if (row != NULL)
    gtk_list_box_select_row (self->workshop_list, row);
  else
    gtk_list_box_unselect_all (self->workshop_list);

  self->selecting = FALSE;
}

static void
update_title (PolkuWorkshopPage *self)
{
  const char *view = visible_view (self);
  g_autofree char *title = NULL;

  if (g_strcmp0 (view, "workshop") == 0 && self->workshop != NULL)
    {
      if (polku_workshop_get_archived (self->workshop))
        /* Translators: the title of an archived workshop's page, e.g. "Kahvila (archived)". */
        title = g_strdup_printf (_("%s (archived)"), polku_workshop_get_name (self->workshop));
      else
        title = g_strdup (polku_workshop_get_name (self->workshop));
    }
  else if (g_strcmp0 (view, "organisation") == 0)
    title = g_strdup (_("Organisation"));
  else if (g_strcmp0 (view, "partners") == 0)
    title = g_strdup (_("Partners and Agreements"));
  else
    title = g_strdup (_("Workshops"));

  gtk_label_set_label (self->content_title, title != NULL ? title : "");
}

static void
update_navigation (PolkuWorkshopPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean workshop = g_strcmp0 (visible_view (self), "workshop") == 0;

  gtk_widget_set_visible (self->back_button, folded);
  gtk_widget_set_visible (self->top_switcher, workshop && !folded);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, workshop && folded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshop.go-back",
                                 folded && adw_leaflet_get_visible_child (self->leaflet) == self->content_box);
  update_title (self);
}

static void
update_none_page (PolkuWorkshopPage *self)
{
  gboolean empty = n_workshops (self) == 0 &&
                   (self->workshops == NULL || !polku_workshop_list_get_show_archived (self->workshops));

  if (empty)
    {
      adw_status_page_set_title (self->none_page, _("Add Your First Workshop"));
      adw_status_page_set_description (self->none_page,
                                       _("A workshop is a place of real work, such as a carpentry workshop, a café or a car repair shop. Give it a name to start; its tasks and their mapping to qualifications follow."));
    }
  else
    {
      adw_status_page_set_title (self->none_page, _("Choose a Workshop"));
      adw_status_page_set_description (self->none_page,
                                       _("Its profile, tasks, coverage and learning environment report are shown here."));
    }

  gtk_widget_set_visible (self->first_workshop_box, empty && self->workshops != NULL);
}

static void
update_flagged (PolkuWorkshopPage *self)
{
  guint n = self->agreements != NULL ? polku_agreement_list_get_n_flagged (self->agreements) : 0;
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *description = NULL;

  gtk_label_set_label (self->flagged_badge, count);
  gtk_widget_set_visible (GTK_WIDGET (self->flagged_badge), n > 0);
  if (n > 0)
    /* Translators: a badge beside "Partners and Agreements" in the sidebar. */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u agreement has expired or expires soon",
                                                "%u agreements have expired or expire soon",
                                                n),
                                   n);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->flagged_badge), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->partners_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

static void
update_organisation_name (PolkuWorkshopPage *self)
{
  const char *name = self->organisation != NULL ? polku_organisation_get_name (self->organisation) : NULL;

  gtk_label_set_label (self->organisation_name_label,
                       name != NULL && *name != '\0' ? name : _("Name and address"));
}

/* The coverage and the report are read when they are seen, not for every
 * workshop passed on the way. */
static void
fill_visible_tab (PolkuWorkshopPage *self)
{
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);
  gint64 id = self->workshop != NULL ? polku_workshop_get_id (self->workshop) : 0;

  if (g_strcmp0 (visible_view (self), "workshop") != 0 || self->context == NULL)
    return;

  if (g_strcmp0 (tab, "coverage") == 0 && self->coverage_workshop_id != id)
    {
      self->coverage_workshop_id = id;
      polku_coverage_view_set_workshop (self->coverage_view, self->context, id);
    }
  else if (g_strcmp0 (tab, "report") == 0 && self->report_workshop_id != id)
    {
      self->report_workshop_id = id;
      polku_environment_report_view_set_workshop (self->report_view, self->context, id);
    }
}

static void
flush_edits (PolkuWorkshopPage *self)
{
  polku_organisation_editor_flush (self->organisation_editor);
  polku_workshop_editor_flush (self->workshop_editor);
  polku_task_list_view_flush (self->task_list_view);
}

static void
set_workshop (PolkuWorkshopPage *self,
              PolkuWorkshop     *workshop)
{
  gint64 id = workshop != NULL ? polku_workshop_get_id (workshop) : 0;

  if (self->workshop == workshop)
    return;

  flush_edits (self);
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_set_object (&self->workshop, workshop);
  if (workshop != NULL)
    {
      g_signal_connect_object (workshop, "notify::name", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workshop, "notify::archived", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      find_workshop (self, workshop, &self->workshop_position);
    }

  polku_workshop_editor_set_workshop (self->workshop_editor, workshop);
  polku_task_list_view_set_workshop (self->task_list_view, self->context, id);
}

/* @reveal: narrow, also move from the sidebar to the content; set even while
 * wide (or not yet allocated), so that folding later shows it. */
static void
show_view (PolkuWorkshopPage *self,
           const char        *view,
           gboolean           reveal)
{
  if (g_strcmp0 (view, visible_view (self)) != 0)
    polku_workshop_release_focus (GTK_WIDGET (self->content_stack));

  if (g_strcmp0 (view, "workshop") != 0)
    set_workshop (self, NULL);
  else
    flush_edits (self);

  gtk_stack_set_visible_child_name (self->content_stack, view);
  if (reveal)
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  else if (g_strcmp0 (view, "none") == 0)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);

  select_rows (self);
  fill_visible_tab (self);
  update_none_page (self);
  update_navigation (self);
}

/* The sidebar's workshop rows */

static void
update_workshop_row (GtkWidget *row)
{
  PolkuWorkshop *workshop = g_object_get_data (G_OBJECT (row), "workshop");
  GtkLabel *name = g_object_get_data (G_OBJECT (row), "name");
  GtkLabel *count = g_object_get_data (G_OBJECT (row), "count");
  GtkWidget *badge = g_object_get_data (G_OBJECT (row), "badge");
  GtkMenuButton *menu_button = g_object_get_data (G_OBJECT (row), "menu-button");
  guint n = polku_workshop_get_n_tasks (workshop);
  gint64 id = polku_workshop_get_id (workshop);
  g_autofree char *tasks = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) state = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  /* Translators: under a workshop's name in the sidebar. */
  tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n), n);
  gtk_label_set_label (name, polku_workshop_get_name (workshop));
  gtk_label_set_label (count, tasks);
  gtk_widget_set_visible (badge, polku_workshop_get_archived (workshop));

  item = g_menu_item_new (_("_Rename"), NULL);
  g_menu_item_set_action_and_target_value (item, "workshop.rename", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("Move _Up"), NULL);
  g_menu_item_set_action_and_target_value (item, "workshop.move-up", g_variant_new_int64 (id));
  g_menu_append_item (order, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("Move _Down"), NULL);
  g_menu_item_set_action_and_target_value (item, "workshop.move-down", g_variant_new_int64 (id));
  g_menu_append_item (order, item);
  g_clear_object (&item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));

  if (polku_workshop_get_archived (workshop))
    {
      item = g_menu_item_new (_("_Put Back in Use"), NULL);
      g_menu_item_set_action_and_target_value (item, "workshop.restore", g_variant_new_int64 (id));
    }
  else
    {
      item = g_menu_item_new (_("_Archive"), NULL);
      g_menu_item_set_action_and_target_value (item, "workshop.archive", g_variant_new_int64 (id));
    }
  g_menu_append_item (state, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (state));

  gtk_menu_button_set_menu_model (menu_button, G_MENU_MODEL (menu));
}

static GtkWidget *
create_workshop_row (gpointer item,
                     gpointer user_data)
{
  PolkuWorkshop *workshop = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("applications-engineering-symbolic");
  GtkWidget *name = polku_workshop_label_new (NULL, NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (_("Archived"));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autofree char *menu_label = NULL;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 4);
  gtk_widget_set_margin_bottom (grid, 4);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (name, TRUE);
  /* Long names wrap instead of widening the sidebar. */
  gtk_label_set_max_width_chars (GTK_LABEL (name), 20);
  gtk_label_set_xalign (GTK_LABEL (count), 0);
  gtk_widget_add_css_class (count, "caption");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "polku-badge");
  gtk_widget_add_css_class (badge, "retired");

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  /* Translators: the tooltip of a workshop's menu button in the sidebar; %s is its name. */
  menu_label = g_strdup_printf (_("Menu of “%s”"), polku_workshop_get_name (workshop));
  gtk_widget_set_tooltip_text (menu_button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);

  gtk_grid_attach (GTK_GRID (grid), icon, 0, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (grid), name, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), count, 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), badge, 2, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (grid), menu_button, 3, 0, 1, 2);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);

  g_object_set_data_full (G_OBJECT (row), "workshop", g_object_ref (workshop), g_object_unref);
  g_object_set_data (G_OBJECT (row), "name", name);
  g_object_set_data (G_OBJECT (row), "count", count);
  g_object_set_data (G_OBJECT (row), "badge", badge);
  g_object_set_data (G_OBJECT (row), "menu-button", menu_button);
  update_workshop_row (row);
  g_signal_connect_object (workshop, "notify::name", G_CALLBACK (update_workshop_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (workshop, "notify::n-tasks", G_CALLBACK (update_workshop_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (workshop, "notify::archived", G_CALLBACK (update_workshop_row), row, G_CONNECT_SWAPPED);
  return row;
}

static PolkuWorkshop *
workshop_of_parameter (PolkuWorkshopPage *self,
                       GVariant          *parameter)
{
  if (self->workshops == NULL)
    return NULL;

  return polku_workshop_list_find (self->workshops, g_variant_get_int64 (parameter));
}

static void
move_workshop (PolkuWorkshopPage *self,
               PolkuWorkshop     *workshop,
               int                delta)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuWorkshop) hold = NULL;
  guint n = n_workshops (self);
  guint position;

  if (workshop == NULL || !find_workshop (self, workshop, &position) ||
      (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  hold = g_object_ref (workshop);
  if (!polku_workshop_list_move (self->workshops, workshop, position + delta, &error))
    show_error (self, error);
}

static void
undo_archive_cb (AdwToast      *toast,
                 PolkuWorkshop *workshop)
{
  g_autoptr(GError) error = NULL;

  if (!polku_workshop_set_archived (workshop, FALSE, &error))
    g_warning ("Could not put the workshop back in use: %s", error->message);
}

static void
set_archived (PolkuWorkshopPage *self,
              PolkuWorkshop     *workshop,
              gboolean           archived)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (workshop == NULL)
    return;

  if (!polku_workshop_set_archived (workshop, archived, &error))
    {
      show_error (self, error);
      return;
    }

  if (!archived)
    return;

  /* Translators: a toast; %s is a workshop's name. */
  title = g_strdup_printf (_("“%s” archived"), polku_workshop_get_name (workshop));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_archive_cb),
                         g_object_ref (workshop), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  polku_workshop_add_toast (self->toast_overlay, toast);
}

/* Callbacks */

static void
workshops_changing_cb (PolkuWorkshopPage *self)
{
  self->model_changing = TRUE;
}

/* After the list box has remade its rows: mark the workshop shown again, or
 * leave it when it went away (archived out of view). */
static void
workshops_changed_cb (PolkuWorkshopPage *self)
{
  self->model_changing = FALSE;

  if (self->workshop != NULL && !find_workshop (self, self->workshop, NULL))
    show_view (self, "none", FALSE);
  else
    {
      if (self->workshop != NULL)
        find_workshop (self, self->workshop, &self->workshop_position);
      select_rows (self);
    }

  update_none_page (self);
}

static void
organisation_activated_cb (PolkuWorkshopPage *self)
{
  if (!self->selecting)
    polku_workshop_page_show_organisation (self);
}

static void
partners_activated_cb (PolkuWorkshopPage *self)
{
  if (!self->selecting)
    polku_workshop_page_show_partners (self);
}

static void
workshop_activated_cb (PolkuWorkshopPage *self,
                       GtkListBoxRow     *row)
{
  PolkuWorkshop *workshop = g_object_get_data (G_OBJECT (row), "workshop");

  if (self->selecting || self->model_changing || workshop == NULL)
    return;

  polku_workshop_page_show_workshop (self, polku_workshop_get_id (workshop), NULL);
}

static void
leaflet_changed_cb (PolkuWorkshopPage *self)
{
  update_navigation (self);
}

static void
tab_changed_cb (PolkuWorkshopPage *self)
{
  flush_edits (self);
  fill_visible_tab (self);
}

static void
add_popover_shown_cb (PolkuWorkshopPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_entry), "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
}

static gboolean
add_from_entry (PolkuWorkshopPage *self,
                GtkEntry          *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuWorkshop) workshop = NULL;

  workshop = polku_workshop_page_add_workshop (self, gtk_editable_get_text (GTK_EDITABLE (entry)), &error);
  if (workshop == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      show_error (self, error);
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  return TRUE;
}

static void
add_workshop_cb (PolkuWorkshopPage *self)
{
  if (add_from_entry (self, self->add_entry))
    gtk_popover_popdown (self->add_popover);
}

static void
first_add_cb (PolkuWorkshopPage *self)
{
  add_from_entry (self, self->first_entry);
}

static void
show_swedish_changed_cb (PolkuWorkshopPage *self)
{
  /* The coverage and the report read their texts again when next seen. */
  self->coverage_workshop_id = 0;
  self->report_workshop_id = 0;
  fill_visible_tab (self);
}

static gboolean
move_current_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  PolkuWorkshopPage *self = POLKU_WORKSHOP_PAGE (gtk_widget_get_ancestor (widget, POLKU_TYPE_WORKSHOP_PAGE));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->workshop_list);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  PolkuWorkshop *workshop;

  if (focus != NULL)
    {
      GtkWidget *focused_row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);

      if (focused_row != NULL && gtk_widget_get_parent (focused_row) == GTK_WIDGET (self->workshop_list))
        row = GTK_LIST_BOX_ROW (focused_row);
    }
  if (row == NULL)
    return FALSE;

  workshop = g_object_get_data (G_OBJECT (row), "workshop");
  move_workshop (self, workshop, GPOINTER_TO_INT (user_data));

  /* Keep the keyboard on the workshop that moved. */
  {
    guint position;

    if (find_workshop (self, workshop, &position))
      {
        GtkListBoxRow *moved = gtk_list_box_get_row_at_index (self->workshop_list, (int) position);

        if (moved != NULL)
          gtk_widget_grab_focus (GTK_WIDGET (moved));
      }
  }
  return TRUE;
}

/* Actions */

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  polku_workshop_page_go_back (POLKU_WORKSHOP_PAGE (widget));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PolkuWorkshopPage *self = POLKU_WORKSHOP_PAGE (widget);
  PolkuWorkshop *workshop = workshop_of_parameter (self, parameter);

  if (workshop != NULL &&
      polku_workshop_page_show_workshop (self, polku_workshop_get_id (workshop), "profile"))
    polku_workshop_editor_focus_name (self->workshop_editor);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PolkuWorkshopPage *self = POLKU_WORKSHOP_PAGE (widget);

  move_workshop (self, workshop_of_parameter (self, parameter),
                 g_str_equal (action_name, "workshop.move-up") ? -1 : +1);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PolkuWorkshopPage *self = POLKU_WORKSHOP_PAGE (widget);

  set_archived (self, workshop_of_parameter (self, parameter), g_str_equal (action_name, "workshop.archive"));
}

/* GtkWidget overrides */

static void
polku_workshop_page_map (GtkWidget *widget)
{
  ensure_loaded (POLKU_WORKSHOP_PAGE (widget));
  GTK_WIDGET_CLASS (polku_workshop_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
polku_workshop_page_dispose (GObject *object)
{
  PolkuWorkshopPage *self = (PolkuWorkshopPage *)object;

  if (self->workshop_editor != NULL)
    flush_edits (self);
  polku_workshop_page_set_context (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_WORKSHOP_PAGE);

  G_OBJECT_CLASS (polku_workshop_page_parent_class)->dispose (object);
}

static void
polku_workshop_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuWorkshopPage *self = POLKU_WORKSHOP_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SHOW_ARCHIVED:
      ensure_loaded (self);
      g_value_set_boolean (value, self->workshops != NULL && polku_workshop_list_get_show_archived (self->workshops));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_workshop_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuWorkshopPage *self = POLKU_WORKSHOP_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_workshop_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_SHOW_ARCHIVED:
      ensure_loaded (self);
      if (self->workshops != NULL &&
          polku_workshop_list_get_show_archived (self->workshops) != g_value_get_boolean (value))
        {
          polku_workshop_list_set_show_archived (self->workshops, g_value_get_boolean (value));
          update_none_page (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_workshop_page_class_init (PolkuWorkshopPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_workshop_page_dispose;
  object_class->get_property = polku_workshop_page_get_property;
  object_class->set_property = polku_workshop_page_set_property;

  widget_class->map = polku_workshop_page_map;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-workshop-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, add_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, add_popover);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, content_title);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, coverage_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, first_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, first_workshop_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, flagged_badge);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, organisation_editor);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, organisation_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, organisation_name_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, partners_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, partners_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, partners_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, report_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, task_list_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, top_switcher);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, workshop_editor);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopPage, workshop_list);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_workshop_cb);
  gtk_widget_class_bind_template_callback (widget_class, first_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, organisation_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, partners_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, tab_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, workshop_activated_cb);

  gtk_widget_class_install_action (widget_class, "workshop.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "workshop.rename", "x", rename_action);
  gtk_widget_class_install_action (widget_class, "workshop.move-up", "x", move_action);
  gtk_widget_class_install_action (widget_class, "workshop.move-down", "x", move_action);
  gtk_widget_class_install_action (widget_class, "workshop.archive", "x", archive_action);
  gtk_widget_class_install_action (widget_class, "workshop.restore", "x", archive_action);
  gtk_widget_class_install_property_action (widget_class, "workshop.show-archived", "show-archived");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "workshop.go-back", NULL);

  g_type_ensure (POLKU_TYPE_COVERAGE_VIEW);
  g_type_ensure (POLKU_TYPE_ENVIRONMENT_REPORT_VIEW);
  g_type_ensure (POLKU_TYPE_ORGANISATION_EDITOR);
  g_type_ensure (POLKU_TYPE_PARTNERS_VIEW);
  g_type_ensure (POLKU_TYPE_TASK_LIST_VIEW);
  g_type_ensure (POLKU_TYPE_WORKSHOP_EDITOR);
}

static void
polku_workshop_page_init (PolkuWorkshopPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Alt+↑ and Alt+↓ move the workshop under the keyboard. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                          gtk_callback_action_new (move_current_cb, GINT_TO_POINTER (-1), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                                          gtk_callback_action_new (move_current_cb, GINT_TO_POINTER (+1), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->workshop_list), shortcuts);

  gtk_widget_set_sensitive (self->sidebar, FALSE);
  update_none_page (self);
  update_navigation (self);
}

/* The section is not shown at start-up, and its workshops, the first one's
 * tasks and the partners would be read, built and measured for the first
 * frame all the same: they are loaded when the page is first mapped, or when
 * asked for (every public function that shows or returns them). */
static void
ensure_loaded (PolkuWorkshopPage *self)
{
  if (self->loaded || self->content_stack == NULL)
    return;

  self->loaded = TRUE;

  if (self->context != NULL)
    {
      PolkuStore *store = polku_context_get_store (self->context);

      self->workshops = polku_workshop_list_new (store);
      /* Around the list box's own handler: see workshops_changed_cb(). */
      g_signal_connect_swapped (self->workshops, "items-changed", G_CALLBACK (workshops_changing_cb), self);
      gtk_list_box_bind_model (self->workshop_list, G_LIST_MODEL (self->workshops),
                               create_workshop_row, NULL, NULL);
      g_signal_connect_swapped (self->workshops, "items-changed", G_CALLBACK (workshops_changed_cb), self);

      self->organisation = polku_organisation_new (store);
      g_signal_connect_object (self->organisation, "notify::name",
                               G_CALLBACK (update_organisation_name), self, G_CONNECT_SWAPPED);
      self->agreements = polku_agreement_list_new (store);
      g_signal_connect_object (self->agreements, "notify::n-flagged",
                               G_CALLBACK (update_flagged), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (polku_context_get_settings (self->context), "changed::show-swedish",
                               G_CALLBACK (show_swedish_changed_cb), self, G_CONNECT_SWAPPED);

      polku_organisation_editor_set_context (self->organisation_editor, self->context);
      polku_partners_view_set_context (self->partners_view, self->context);
    }

  update_organisation_name (self);
  update_flagged (self);
  /* With no workshop yet, narrow too, the page says how to add the first one. */
  show_view (self, "none", self->workshops != NULL && n_workshops (self) == 0);

  /* The first workshop is shown rather than an empty page; narrow, the
   * sidebar still comes first. */
  if (n_workshops (self) > 0)
    {
      g_autoptr(PolkuWorkshop) first = g_list_model_get_item (G_LIST_MODEL (self->workshops), 0);

      set_workshop (self, first);
      show_view (self, "workshop", FALSE);
    }
}

/* Public API */

GtkWidget *
polku_workshop_page_new (void)
{
  return g_object_new (POLKU_TYPE_WORKSHOP_PAGE, NULL);
}

/**
 * polku_workshop_page_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
PolkuContext *
polku_workshop_page_get_context (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  return self->context;
}

void
polku_workshop_page_set_context (PolkuWorkshopPage *self,
                                 PolkuContext      *context)
{
  g_return_if_fail (POLKU_IS_WORKSHOP_PAGE (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->workshop_list != NULL)
    gtk_list_box_bind_model (self->workshop_list, NULL, NULL, NULL, NULL);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (polku_context_get_settings (self->context), self);
  if (self->workshops != NULL)
    g_signal_handlers_disconnect_by_data (self->workshops, self);
  if (self->content_stack != NULL)
    {
      set_workshop (self, NULL);
      polku_task_list_view_set_workshop (self->task_list_view, NULL, 0);
      polku_organisation_editor_set_context (self->organisation_editor, NULL);
      polku_partners_view_set_context (self->partners_view, NULL);
      if (self->coverage_workshop_id != 0)
        polku_coverage_view_set_workshop (self->coverage_view, NULL, 0);
      if (self->report_workshop_id != 0)
        polku_environment_report_view_set_workshop (self->report_view, NULL, 0);
    }
  self->coverage_workshop_id = 0;
  self->report_workshop_id = 0;
  self->loaded = FALSE;
  g_clear_object (&self->workshops);
  g_clear_object (&self->organisation);
  g_clear_object (&self->agreements);
  g_set_object (&self->context, context);

  if (self->content_stack == NULL)
    return;

  gtk_widget_set_sensitive (self->sidebar, context != NULL);
  if (context == NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_loaded (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

/**
 * polku_workshop_page_show_workshop:
 * @tab: (nullable): "profile", "tasks", "coverage" or "report"; %NULL keeps the one shown
 *
 * Returns: %FALSE when the workshop is not listed (archived ones only with show-archived)
 */
gboolean
polku_workshop_page_show_workshop (PolkuWorkshopPage *self,
                                   gint64             workshop_id,
                                   const char        *tab)
{
  PolkuWorkshop *workshop;

  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), FALSE);

  ensure_loaded (self);

  workshop = self->workshops != NULL ? polku_workshop_list_find (self->workshops, workshop_id) : NULL;
  if (workshop == NULL)
    return FALSE;

  set_workshop (self, workshop);
  if (tab != NULL && adw_view_stack_get_child_by_name (self->view_stack, tab) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, tab);
  show_view (self, "workshop", TRUE);
  return TRUE;
}

void
polku_workshop_page_show_organisation (PolkuWorkshopPage *self)
{
  g_return_if_fail (POLKU_IS_WORKSHOP_PAGE (self));

  ensure_loaded (self);

  show_view (self, "organisation", TRUE);
}

void
polku_workshop_page_show_partners (PolkuWorkshopPage *self)
{
  g_return_if_fail (POLKU_IS_WORKSHOP_PAGE (self));

  ensure_loaded (self);

  show_view (self, "partners", TRUE);
}

/**
 * polku_workshop_page_go_back:
 *
 * Narrow, from the content back to the sidebar.
 *
 * Returns: whether there was somewhere to go back to
 */
gboolean
polku_workshop_page_go_back (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), FALSE);

  ensure_loaded (self);

  if (!adw_leaflet_get_folded (self->leaflet) ||
      adw_leaflet_get_visible_child (self->leaflet) != self->content_box)
    return FALSE;

  flush_edits (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  return TRUE;
}

/**
 * polku_workshop_page_add_workshop:
 *
 * Adds a workshop as the sidebar's "Add" does, and shows its profile.
 *
 * Returns: (transfer full) (nullable): the workshop, or %NULL with @error set
 */
PolkuWorkshop *
polku_workshop_page_add_workshop (PolkuWorkshopPage  *self,
                                  const char         *name,
                                  GError            **error)
{
  g_autoptr(PolkuWorkshop) workshop = NULL;

  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  ensure_loaded (self);

  workshop = polku_workshop_list_add (self->workshops, name, error);
  if (workshop == NULL)
    return NULL;

  polku_workshop_page_show_workshop (self, polku_workshop_get_id (workshop), "profile");
  return g_steal_pointer (&workshop);
}

/**
 * polku_workshop_page_get_visible_view:
 *
 * Returns: "none", "organisation", "workshop" or "partners"
 */
const char *
polku_workshop_page_get_visible_view (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  ensure_loaded (self);

  return visible_view (self);
}

/**
 * polku_workshop_page_get_visible_tab:
 *
 * Returns: "profile", "tasks", "coverage" or "report"
 */
const char *
polku_workshop_page_get_visible_tab (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  ensure_loaded (self);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * polku_workshop_page_get_workshop:
 *
 * Returns: (transfer none) (nullable): the workshop shown
 */
PolkuWorkshop *
polku_workshop_page_get_workshop (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  ensure_loaded (self);

  return self->workshop;
}

/**
 * polku_workshop_page_get_workshops:
 *
 * Returns: (transfer none) (nullable): the workshops in the sidebar
 */
GListModel *
polku_workshop_page_get_workshops (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  ensure_loaded (self);

  return self->workshops != NULL ? G_LIST_MODEL (self->workshops) : NULL;
}

/**
 * polku_workshop_page_get_task_list_view:
 *
 * Returns: (transfer none): the Tasks view
 */
PolkuTaskListView *
polku_workshop_page_get_task_list_view (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  ensure_loaded (self);

  return self->task_list_view;
}

/**
 * polku_workshop_page_get_workshop_editor:
 *
 * Returns: (transfer none): the Profile view
 */
PolkuWorkshopEditor *
polku_workshop_page_get_workshop_editor (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), NULL);

  ensure_loaded (self);

  return self->workshop_editor;
}

/**
 * polku_workshop_page_flush:
 *
 * Saves what was typed and not yet saved (the window calls this on close).
 */
gboolean
polku_workshop_page_flush (PolkuWorkshopPage *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_PAGE (self), FALSE);

  return polku_organisation_editor_flush (self->organisation_editor) &
         polku_workshop_editor_flush (self->workshop_editor) &
         polku_task_list_view_flush (self->task_list_view);
}
