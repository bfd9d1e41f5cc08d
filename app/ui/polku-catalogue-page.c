/* polku-catalogue-page.c: the Qualifications section: the perusteet in a
 * sidebar, and a content area that goes peruste → unit, or shows search results.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-catalogue-page"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-catalogue-page.h"
#include "polku-peruste-list.h"
#include "polku-peruste-row.h"
#include "polku-peruste-view.h"
#include "polku-search-results.h"
#include "polku-store-catalogue-read.h"
#include "polku-store-catalogue-units.h"
#include "polku-unit-view.h"

typedef enum
{
  NAV_PERUSTE,
  NAV_UNIT,
  NAV_SEARCH,
} NavKind;

/* One step of the content area's history, so that Back retraces it. */
typedef struct
{
  NavKind  kind;
  gint64   id;
  char    *query;
} NavEntry;

struct _PolkuCataloguePage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkStack           *main_stack;
  GtkSearchEntry     *search_entry;
  AdwLeaflet         *leaflet;
  GtkListBox         *peruste_list_box;
  GtkWidget          *content_box;
  GtkWidget          *nav_bar;
  GtkWidget          *back_button;
  GtkLabel           *back_label;
  GtkStack           *content_stack;
  PolkuPerusteView   *peruste_view;
  PolkuUnitView      *unit_view;
  PolkuSearchResults *search_results;

  /* Owned */
  PolkuContext       *context;
  PolkuPerusteList   *perusteet;
  GArray             *history;         /* NavEntry */
  char               *applied_query;   /* what the search results show, "" for none */

  gboolean            selecting;
  gboolean            rows_bound;      /* the sidebar's rows exist (ensure_rows) */
};

G_DEFINE_FINAL_TYPE (PolkuCataloguePage, polku_catalogue_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  IMPORT_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Auxiliary methods */

static void
nav_entry_clear (gpointer data)
{
  NavEntry *entry = data;

  g_clear_pointer (&entry->query, g_free);
}

static NavEntry *
history_top (PolkuCataloguePage *self)
{
  if (self->history->len == 0)
    return NULL;
  return &g_array_index (self->history, NavEntry, self->history->len - 1);
}

static void
history_push (PolkuCataloguePage *self,
              NavKind             kind,
              gint64              id,
              const char         *query)
{
  NavEntry entry = { kind, id, g_strdup (query) };

  g_array_append_val (self->history, entry);
}

static void
history_pop (PolkuCataloguePage *self)
{
  if (self->history->len > 0)
    g_array_remove_index (self->history, self->history->len - 1);
}

static const char *
current_language (PolkuCataloguePage *self)
{
  if (self->context == NULL)
    return "fi";

  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static gboolean
search_active (PolkuCataloguePage *self)
{
  return self->applied_query != NULL && *self->applied_query != '\0';
}

static gboolean
content_is_visible (PolkuCataloguePage *self)
{
  return !adw_leaflet_get_folded (self->leaflet) ||
         adw_leaflet_get_visible_child (self->leaflet) == self->content_box;
}

static void
select_peruste_row (PolkuCataloguePage *self,
                    gint64              peruste_id)
{
  GtkListBoxRow *row = NULL;
  guint position;

  if (self->perusteet != NULL && polku_peruste_list_find (self->perusteet, peruste_id, &position))
    row = gtk_list_box_get_row_at_index (self->peruste_list_box, (int) position);

  self->selecting = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->peruste_list_box, row);
  else
    gtk_list_box_unselect_all (self->peruste_list_box);
  self->selecting = FALSE;
}

static char *
describe_entry (PolkuCataloguePage *self,
                const NavEntry     *entry)
{
  PolkuPeruste *peruste;

  switch (entry->kind)
    {
    case NAV_PERUSTE:
      peruste = self->perusteet != NULL ? polku_peruste_list_find (self->perusteet, entry->id, NULL) : NULL;
      return g_strdup (peruste != NULL ? polku_peruste_get_name (peruste) : _("Qualification"));

    case NAV_UNIT:
      return g_strdup (_("Unit"));

    case NAV_SEARCH:
    default:
      return g_strdup (_("Search Results"));
    }
}

/* Where Back goes: a step of the history, or the sidebar of a folded leaflet. */
static void
update_navigation (PolkuCataloguePage *self)
{
  g_autofree char *target = NULL;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (search_active (self) && history_top (self) != NULL)
    target = describe_entry (self, history_top (self));
  else if (!search_active (self) && self->history->len > 1)
    target = describe_entry (self, &g_array_index (self->history, NavEntry, self->history->len - 2));
  else if (folded && adw_leaflet_get_visible_child (self->leaflet) == self->content_box)
    target = g_strdup (_("Qualifications"));

  gtk_widget_set_visible (self->nav_bar, target != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "catalogue.go-back", target != NULL);
  gtk_label_set_label (self->back_label, target != NULL ? target : "");
  gtk_widget_set_tooltip_text (self->back_button, target);
}

static void
show_content (PolkuCataloguePage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
set_applied_query (PolkuCataloguePage *self,
                   const char         *query)
{
  g_free (self->applied_query);
  self->applied_query = g_strdup (query != NULL ? query : "");

  /* The entry's own "search-changed" comes later and finds nothing new. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), self->applied_query) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), self->applied_query);
}

static gboolean
apply_entry (PolkuCataloguePage *self,
             const NavEntry     *entry)
{
  g_autoptr(GError) error = NULL;
  gint64 peruste_id;

  switch (entry->kind)
    {
    case NAV_PERUSTE:
      if (polku_peruste_view_get_peruste_id (self->peruste_view) != entry->id &&
          !polku_peruste_view_set_peruste (self->peruste_view, entry->id, &error))
        {
          g_debug ("Cannot show peruste %" G_GINT64_FORMAT ": %s", entry->id, error->message);
          return FALSE;
        }
      gtk_stack_set_visible_child_name (self->content_stack, "peruste");
      select_peruste_row (self, entry->id);
      return TRUE;

    case NAV_UNIT:
      peruste_id = polku_store_get_unit_peruste (polku_context_get_store (self->context), entry->id, &error);
      if (peruste_id == 0)
        {
          g_debug ("Cannot show unit %" G_GINT64_FORMAT ": %s", entry->id, error->message);
          return FALSE;
        }
      polku_unit_view_set_unit (self->unit_view, self->context, entry->id);
      gtk_stack_set_visible_child_name (self->content_stack, "unit");
      select_peruste_row (self, peruste_id);
      return TRUE;

    case NAV_SEARCH:
    default:
      set_applied_query (self, entry->query);
      polku_search_results_set_query (self->search_results, entry->query);
      gtk_stack_set_visible_child_name (self->content_stack, "search");
      return TRUE;
    }
}

/* Shows what the history's top says, dropping steps that can no longer be shown;
 * a search step is for Back only and is dropped too when reached otherwise. */
static void
restore_top (PolkuCataloguePage *self)
{
  NavEntry *top;

  while ((top = history_top (self)) != NULL)
    {
      if (top->kind != NAV_SEARCH && apply_entry (self, top))
        break;
      history_pop (self);
    }

  if (history_top (self) == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      select_peruste_row (self, 0);
    }

  update_navigation (self);
}

static gboolean
navigate (PolkuCataloguePage *self,
          NavKind             kind,
          gint64              id,
          gboolean            reset)
{
  NavEntry entry = { kind, id, NULL };

  g_return_val_if_fail (POLKU_IS_CONTEXT (self->context), FALSE);

  if (!apply_entry (self, &entry))
    return FALSE;

  if (reset)
    g_array_set_size (self->history, 0);

  /* Showing the same thing again is no step at all. */
  if (history_top (self) == NULL || history_top (self)->kind != kind || history_top (self)->id != id)
    history_push (self, kind, id, NULL);

  show_content (self);
  update_navigation (self);
  return TRUE;
}

static void
update_empty (PolkuCataloguePage *self)
{
  gboolean empty = self->perusteet == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->perusteet)) == 0;

  gtk_stack_set_visible_child_name (self->main_stack, empty ? "empty" : "catalogue");
}

static GtkWidget *
create_peruste_row (gpointer item,
                    gpointer user_data)
{
  return polku_peruste_row_new (item);
}

static void perusteet_changed_cb (PolkuCataloguePage *self);

/* The section is not shown at start-up, and its rows (every peruste's name,
 * wrapped) would be built and measured for the first frame all the same:
 * they are made when the page is first mapped. */
static void
ensure_rows (PolkuCataloguePage *self)
{
  if (self->rows_bound || self->perusteet == NULL)
    return;

  self->rows_bound = TRUE;
  gtk_list_box_bind_model (self->peruste_list_box, G_LIST_MODEL (self->perusteet),
                           create_peruste_row, NULL, NULL);
  /* Mark the peruste shown before the rows existed. */
  perusteet_changed_cb (self);
}

static gboolean
is_json_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".json");
}

/* Callbacks */

static void
perusteet_changed_cb (PolkuCataloguePage *self)
{
  NavEntry *top = history_top (self);

  update_empty (self);

  /* The list's rows were rebuilt: mark the current peruste again. */
  if (top != NULL && top->kind == NAV_PERUSTE)
    select_peruste_row (self, top->id);
  else if (top != NULL && top->kind == NAV_UNIT)
    select_peruste_row (self, polku_store_get_unit_peruste (polku_context_get_store (self->context), top->id, NULL));

  update_navigation (self);
}

static void
show_swedish_changed_cb (PolkuCataloguePage *self)
{
  if (self->perusteet != NULL)
    polku_peruste_list_set_language (self->perusteet, current_language (self));
  update_navigation (self);
}

static void
peruste_row_activated_cb (PolkuCataloguePage *self,
                          GtkListBoxRow      *row)
{
  PolkuPeruste *peruste = polku_peruste_row_get_peruste (POLKU_PERUSTE_ROW (row));

  if (self->selecting)
    return;

  set_applied_query (self, "");
  navigate (self, NAV_PERUSTE, polku_peruste_get_id (peruste), TRUE);
}

static void
peruste_view_changed_cb (PolkuCataloguePage *self)
{
  NavEntry *top = history_top (self);

  /* The peruste shown left the catalogue (a restored backup). */
  if (polku_peruste_view_get_peruste_id (self->peruste_view) == 0 &&
      top != NULL && top->kind == NAV_PERUSTE)
    {
      history_pop (self);
      restore_top (self);
    }
}

static void
unit_activated_cb (PolkuCataloguePage *self,
                   gint64              unit_id)
{
  navigate (self, NAV_UNIT, unit_id, FALSE);
}

static void
leaflet_changed_cb (PolkuCataloguePage *self)
{
  update_navigation (self);
}

static void
search_changed_cb (PolkuCataloguePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *query = g_strstrip (g_strdup (text));

  if (g_strcmp0 (query, self->applied_query) == 0)
    return;

  g_free (self->applied_query);
  self->applied_query = g_strdup (query);

  if (*query != '\0')
    {
      polku_search_results_set_query (self->search_results, query);
      gtk_stack_set_visible_child_name (self->content_stack, "search");
      show_content (self);
      update_navigation (self);
      return;
    }

  polku_search_results_set_query (self->search_results, "");
  restore_top (self);
  if (history_top (self) == NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_activated_cb (PolkuCataloguePage *self)
{
  /* Enter before the delayed "search-changed": search now. */
  search_changed_cb (self);

  if (search_active (self))
    polku_search_results_activate_first (self->search_results);
}

static void
search_stopped_cb (PolkuCataloguePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
}

static void
search_result_activated_cb (PolkuCataloguePage *self,
                            const char         *kind,
                            gint64              id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *query = g_strdup (self->applied_query);
  gint64 unit_id;

  /* Back from what opens returns to these results. */
  if (query != NULL && *query != '\0')
    history_push (self, NAV_SEARCH, 0, query);
  set_applied_query (self, "");

  if (g_strcmp0 (kind, "peruste") == 0)
    {
      if (navigate (self, NAV_PERUSTE, id, FALSE))
        return;
    }
  else if (g_strcmp0 (kind, "unit") == 0)
    {
      if (navigate (self, NAV_UNIT, id, FALSE))
        return;
    }
  else if (g_strcmp0 (kind, "requirement") == 0)
    {
      unit_id = polku_store_catalogue_find_requirement_unit (polku_context_get_store (self->context), id, &error);
      if (unit_id > 0 && navigate (self, NAV_UNIT, unit_id, FALSE))
        {
          polku_unit_view_select_requirement (self->unit_view, id);
          return;
        }
    }
  else
    g_critical ("Unknown kind of search result “%s”", kind);

  /* It could not be opened (gone since the search): stay with the results. */
  history_pop (self);
  set_applied_query (self, query);
  gtk_stack_set_visible_child_name (self->content_stack, "search");
  update_navigation (self);
}

static gboolean
drop_cb (PolkuCataloguePage *self,
         const GValue       *value,
         double              x,
         double              y,
         GtkDropTarget      *target)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  GSList *list;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "polku-drop-target");

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    if (is_json_file (l->data))
      g_list_store_append (files, l->data);
  g_slist_free (list);

  if (g_list_model_get_n_items (G_LIST_MODEL (files)) == 0)
    return FALSE;

  g_signal_emit (self, signals [IMPORT_REQUESTED], 0, files);
  return TRUE;
}

static GdkDragAction
drop_enter_cb (PolkuCataloguePage *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "polku-drop-target");
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (PolkuCataloguePage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "polku-drop-target");
}

/* Actions */

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  polku_catalogue_page_go_back (POLKU_CATALOGUE_PAGE (widget));
}

/* GtkWidget overrides */

static void
polku_catalogue_page_map (GtkWidget *widget)
{
  ensure_rows (POLKU_CATALOGUE_PAGE (widget));
  GTK_WIDGET_CLASS (polku_catalogue_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
polku_catalogue_page_dispose (GObject *object)
{
  PolkuCataloguePage *self = (PolkuCataloguePage *)object;

  if (self->peruste_list_box != NULL)
    gtk_list_box_bind_model (self->peruste_list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_CATALOGUE_PAGE);
  g_clear_object (&self->perusteet);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_catalogue_page_parent_class)->dispose (object);
}

static void
polku_catalogue_page_finalize (GObject *object)
{
  PolkuCataloguePage *self = (PolkuCataloguePage *)object;

  g_clear_pointer (&self->history, g_array_unref);
  g_free (self->applied_query);

  G_OBJECT_CLASS (polku_catalogue_page_parent_class)->finalize (object);
}

static void
polku_catalogue_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PolkuCataloguePage *self = POLKU_CATALOGUE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_catalogue_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PolkuCataloguePage *self = POLKU_CATALOGUE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_catalogue_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_catalogue_page_class_init (PolkuCataloguePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_catalogue_page_dispose;
  object_class->finalize = polku_catalogue_page_finalize;
  object_class->get_property = polku_catalogue_page_get_property;
  object_class->set_property = polku_catalogue_page_set_property;

  widget_class->map = polku_catalogue_page_map;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PolkuCataloguePage::import-requested:
   * @files: a #GListModel of #GFile
   *
   * Peruste files (.json) were dropped on the page; the window imports them.
   */
  signals [IMPORT_REQUESTED] =
    g_signal_new ("import-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_LIST_MODEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-catalogue-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, back_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, content_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, nav_bar);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, peruste_list_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, peruste_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, search_results);
  gtk_widget_class_bind_template_child (widget_class, PolkuCataloguePage, unit_view);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_activated_cb);

  gtk_widget_class_install_action (widget_class, "catalogue.go-back", NULL, go_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "catalogue.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "catalogue.go-back", NULL);

  g_type_ensure (POLKU_TYPE_PERUSTE_VIEW);
  g_type_ensure (POLKU_TYPE_SEARCH_RESULTS);
  g_type_ensure (POLKU_TYPE_UNIT_VIEW);
}

static void
polku_catalogue_page_init (PolkuCataloguePage *self)
{
  GtkDropTarget *target;

  self->history = g_array_new (FALSE, TRUE, sizeof (NavEntry));
  g_array_set_clear_func (self->history, nav_entry_clear);
  self->applied_query = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  g_signal_connect_swapped (target, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect_swapped (target, "leave", G_CALLBACK (drop_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  update_empty (self);
  update_navigation (self);
}

/* Public API */

GtkWidget *
polku_catalogue_page_new (void)
{
  return g_object_new (POLKU_TYPE_CATALOGUE_PAGE, NULL);
}

/**
 * polku_catalogue_page_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
PolkuContext *
polku_catalogue_page_get_context (PolkuCataloguePage *self)
{
  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), NULL);

  return self->context;
}

void
polku_catalogue_page_set_context (PolkuCataloguePage *self,
                                  PolkuContext       *context)
{
  GSettings *settings;
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GAction) show_swedish = NULL;

  g_return_if_fail (POLKU_IS_CATALOGUE_PAGE (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (polku_context_get_settings (self->context), self);

  gtk_list_box_bind_model (self->peruste_list_box, NULL, NULL, NULL, NULL);
  self->rows_bound = FALSE;
  g_clear_object (&self->perusteet);
  g_array_set_size (self->history, 0);
  g_set_object (&self->context, context);

  polku_peruste_view_set_context (self->peruste_view, context);
  polku_search_results_set_context (self->search_results, context);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "catalogue-settings", NULL);

  if (context != NULL)
    {
      settings = polku_context_get_settings (context);
      self->perusteet = polku_peruste_list_new (polku_context_get_store (context));
      polku_peruste_list_set_language (self->perusteet, current_language (self));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        ensure_rows (self);
      /* After the list box has made its new rows, so that the current one is marked again. */
      g_signal_connect_object (self->perusteet, "items-changed",
                               G_CALLBACK (perusteet_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      g_signal_connect_object (settings, "changed::show-swedish",
                               G_CALLBACK (show_swedish_changed_cb), self, G_CONNECT_SWAPPED);

      group = g_simple_action_group_new ();
      show_swedish = g_settings_create_action (settings, "show-swedish");
      g_action_map_add_action (G_ACTION_MAP (group), show_swedish);
      gtk_widget_insert_action_group (GTK_WIDGET (self), "catalogue-settings", G_ACTION_GROUP (group));
    }

  gtk_stack_set_visible_child_name (self->content_stack, "none");
  update_empty (self);
  update_navigation (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

/**
 * polku_catalogue_page_show_peruste:
 *
 * Shows a peruste as if it had been chosen in the sidebar.
 *
 * Returns: %FALSE when it is not in the catalogue
 */
gboolean
polku_catalogue_page_show_peruste (PolkuCataloguePage *self,
                                   gint64              peruste_id)
{
  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), FALSE);

  set_applied_query (self, "");
  return navigate (self, NAV_PERUSTE, peruste_id, TRUE);
}

/**
 * polku_catalogue_page_show_diaarinumero:
 *
 * Returns: %FALSE when no peruste has @diaarinumero
 */
gboolean
polku_catalogue_page_show_diaarinumero (PolkuCataloguePage *self,
                                        const char         *diaarinumero)
{
  guint n;

  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), FALSE);
  g_return_val_if_fail (diaarinumero != NULL, FALSE);

  if (self->perusteet == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->perusteet));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuPeruste) peruste = g_list_model_get_item (G_LIST_MODEL (self->perusteet), i);

      if (g_strcmp0 (polku_peruste_get_diaarinumero (peruste), diaarinumero) == 0)
        return polku_catalogue_page_show_peruste (self, polku_peruste_get_id (peruste));
    }

  return FALSE;
}

/**
 * polku_catalogue_page_show_unit:
 *
 * Opens a unit; Back returns to what was shown before.
 *
 * Returns: %FALSE when it is not in the catalogue
 */
gboolean
polku_catalogue_page_show_unit (PolkuCataloguePage *self,
                                gint64              unit_id)
{
  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), FALSE);

  set_applied_query (self, "");
  return navigate (self, NAV_UNIT, unit_id, FALSE);
}

/**
 * polku_catalogue_page_go_back:
 *
 * Returns: whether there was somewhere to go back to
 */
gboolean
polku_catalogue_page_go_back (PolkuCataloguePage *self)
{
  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), FALSE);

  if (search_active (self))
    {
      set_applied_query (self, "");
      polku_search_results_set_query (self->search_results, "");
      restore_top (self);
      if (history_top (self) != NULL || !adw_leaflet_get_folded (self->leaflet))
        return TRUE;
    }
  else if (self->history->len > 1)
    {
      history_pop (self);
      if (history_top (self)->kind == NAV_SEARCH)
        {
          apply_entry (self, history_top (self));
          history_pop (self);
          update_navigation (self);
        }
      else
        restore_top (self);
      return TRUE;
    }

  if (adw_leaflet_get_folded (self->leaflet) && content_is_visible (self))
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      update_navigation (self);
      return TRUE;
    }

  return FALSE;
}

void
polku_catalogue_page_focus_search (PolkuCataloguePage *self)
{
  g_return_if_fail (POLKU_IS_CATALOGUE_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "catalogue") == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
    }
}

/**
 * polku_catalogue_page_search:
 *
 * Searches at once, as if @query had been typed.
 */
void
polku_catalogue_page_search (PolkuCataloguePage *self,
                             const char         *query)
{
  g_return_if_fail (POLKU_IS_CATALOGUE_PAGE (self));
  g_return_if_fail (query != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  search_changed_cb (self);
}

/**
 * polku_catalogue_page_get_visible_view:
 *
 * Returns: "empty", "none", "peruste", "unit" or "search"
 */
const char *
polku_catalogue_page_get_visible_view (PolkuCataloguePage *self)
{
  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "empty") == 0)
    return "empty";

  return gtk_stack_get_visible_child_name (self->content_stack);
}

/**
 * polku_catalogue_page_get_perusteet:
 *
 * Returns: (transfer none) (nullable): the perusteet in the sidebar
 */
GListModel *
polku_catalogue_page_get_perusteet (PolkuCataloguePage *self)
{
  g_return_val_if_fail (POLKU_IS_CATALOGUE_PAGE (self), NULL);

  return self->perusteet != NULL ? G_LIST_MODEL (self->perusteet) : NULL;
}
