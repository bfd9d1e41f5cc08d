/* polku-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-application"

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n.h>
#include <string.h>
#include <time.h>

#include "polku-application.h"
#include "polku-command-line.h"
#include "polku-command-line-download.h"
#include "polku-command-line-export.h"
#include "polku-command-line-exchange.h"
#include "polku-command-line-learners.h"
#include "polku-dialogs.h"
#include "polku-preferences-window.h"
#include "polku-window.h"

struct _PolkuApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  char           *database_path;
  PolkuContext   *context;
  GSettings      *settings;
  GError         *open_error;

  guint           backup_source;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (PolkuApplication, polku_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  /* Run from the build tree without the schema installed: keep settings for this run only. */
  if (schema == NULL)
    {
      g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
      g_autofree char *dir = g_build_filename (g_get_current_dir (), "_build", "resources", NULL);
      g_autoptr(GSettingsSchemaSource) local = NULL;

      local = g_settings_schema_source_new_from_directory (dir, source, FALSE, NULL);
      if (local != NULL)
        schema = g_settings_schema_source_lookup (local, APPLICATION_ID, FALSE);
      if (schema == NULL)
        g_error ("The settings schema %s is not installed; run Polku with build-aux/dev run", APPLICATION_ID);

      return g_settings_new_full (schema, backend, NULL);
    }

  return g_settings_new (APPLICATION_ID);
}

static gboolean
style_variant_to_color_scheme (GValue   *value,
                               GVariant *variant,
                               gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (nick, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (nick, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = polku_store_backup_finish (POLKU_STORE (object), result, &error);
  if (path == NULL)
    g_warning ("The start-up backup failed: %s", error->message);
  else
    g_debug ("Backup: %s", path);
}

/* The start-up backup waits until the window is up: its copy of a large
 * database competes with the first frame for the disk and the cores. */
static gboolean
start_backup_cb (gpointer user_data)
{
  PolkuApplication *self = POLKU_APPLICATION (user_data);

  self->backup_source = 0;
  if (self->context != NULL)
    polku_store_backup_async (polku_context_get_store (self->context), POLKU_STORE_N_BACKUPS,
                              NULL, backup_done_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
open_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PolkuApplication *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_application_release (G_APPLICATION (self));
}

static void
show_open_error (PolkuApplication *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), self->open_error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (open_error_response_cb), self);

  /* The dialog has no main window to keep the application alive. */
  g_application_hold (G_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
polku_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  static const char *developers[] = { "The Polku developers", NULL };
  static const char *data_credits[] = { "Opetushallitus, ePerusteet https://eperusteet.opintopolku.fi", NULL };
  PolkuApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-name", "Polku",
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Polku developers"),
                        "version", PACKAGE_VERSION,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "comments", _("Learning pathways from youth workshops to vocational qualifications"),
                        "copyright", "© 2026 The Polku developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line, for the About window. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Qualification data"), data_credits);
  gtk_window_present (GTK_WINDOW (about));
}

static void
polku_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  PolkuApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  PolkuPreferencesWindow *preferences;

  if (self->context == NULL)
    return;

  preferences = polku_preferences_window_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
polku_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  PolkuApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing (not destroying) lets each window save its state first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", polku_application_about_action },
  { "preferences", polku_application_preferences_action },
  { "quit", polku_application_quit_action },
};

/* GApplication overrides */

static int
polku_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  PolkuApplication *self = POLKU_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("polku %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = polku_command_line_file_new (database);

      self->database_path = g_file_get_path (file);
      /* Another database is another document: it gets its own process and window. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  if (g_getenv ("POLKU_NON_UNIQUE") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  if (g_variant_dict_contains (options, "demo"))
    return polku_command_line_demo (self->database_path);

  if (g_variant_dict_contains (options, "list-learners"))
    return polku_command_line_list_learners (self->database_path);

  if (g_variant_dict_contains (options, "export-pdf"))
    {
      const char *kind = NULL, *output = NULL, *language = NULL;
      gint64 learner = 0, workshop = 0, peruste = 0, period = 0;

      g_variant_dict_lookup (options, "export-pdf", "&s", &kind);
      g_variant_dict_lookup (options, "output", "^&ay", &output);
      g_variant_dict_lookup (options, "language", "&s", &language);
      g_variant_dict_lookup (options, "learner", "x", &learner);
      g_variant_dict_lookup (options, "workshop", "x", &workshop);
      g_variant_dict_lookup (options, "peruste", "x", &peruste);
      g_variant_dict_lookup (options, "period", "x", &period);

      return polku_command_line_export_pdf (self->database_path, kind, learner, workshop, peruste, period, output, language);
    }

  if (g_variant_dict_contains (options, "export-package") ||
      g_variant_dict_contains (options, "export-decisions") ||
      g_variant_dict_contains (options, "export-task-map"))
    {
      const char *output = NULL;
      gint64 learner = 0, provider = 0, workshop = 0;

      g_variant_dict_lookup (options, "output", "^&ay", &output);
      g_variant_dict_lookup (options, "learner", "x", &learner);
      g_variant_dict_lookup (options, "provider", "x", &provider);
      g_variant_dict_lookup (options, "workshop", "x", &workshop);

      return polku_command_line_export_exchange (self->database_path,
                                                 g_variant_dict_contains (options, "export-package") ? "package" :
                                                 g_variant_dict_contains (options, "export-decisions") ? "decisions" :
                                                 "task-map",
                                                 learner, provider, workshop,
                                                 g_variant_dict_contains (options, "student-number"), output);
    }

  if (g_variant_dict_contains (options, "dry-run") && !g_variant_dict_contains (options, "import"))
    {
      g_printerr ("%s\n", _("--dry-run goes with --import FILE…"));
      return 1;
    }

  /* Commands that run without a window (and without GTK): --import FILE… and
   * --download DIAARINUMERO…; the arguments after the first also come as
   * remaining arguments. */
  if (g_variant_dict_contains (options, "import") || g_variant_dict_contains (options, "download"))
    {
      gboolean import = g_variant_dict_contains (options, "import");
      g_autofree const char **first = NULL;
      g_autofree const char **rest = NULL;
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      const char *url = NULL;

      if (import && g_variant_dict_contains (options, "download"))
        {
          g_printerr ("%s\n", _("Use either --import or --download, not both at once."));
          return 1;
        }

      g_variant_dict_lookup (options, import ? "import" : "download", "^a&ay", &first);
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
      for (guint i = 0; first != NULL && first[i] != NULL; i++)
        g_ptr_array_add (args, (gpointer) first[i]);
      for (guint i = 0; rest != NULL && rest[i] != NULL; i++)
        g_ptr_array_add (args, (gpointer) rest[i]);
      g_ptr_array_add (args, NULL);

      if (import)
        return polku_command_line_import_any (self->database_path, (const char * const *) args->pdata,
                                              g_variant_dict_contains (options, "dry-run"));

      g_variant_dict_lookup (options, "eperusteet-url", "&s", &url);
      return polku_command_line_download (self->database_path, url, (const char * const *) args->pdata);
    }

  if (g_variant_dict_contains (options, G_OPTION_REMAINING))
    {
      g_printerr ("%s\n", _("Polku does not open files given this way; to import ePerusteet documents, use --import FILE…"));
      return 1;
    }

  return -1;
}

static void
polku_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  PolkuApplication *self = POLKU_APPLICATION (app);
  g_autoptr(PolkuStore) store = NULL;
  g_autofree char *path = NULL;

  /* Open the database before GTK starts, so that a refused file is reported even
   * where no display can be opened. */
  path = self->database_path != NULL ? g_strdup (self->database_path) : polku_store_default_path ();
  store = polku_store_open (path, &self->open_error);
  if (store == NULL)
    {
      g_printerr ("%s\n", self->open_error->message);
      self->exit_status = 1;
    }

  G_APPLICATION_CLASS (polku_application_parent_class)->startup (app);

  self->settings = create_settings ();
  g_settings_bind_with_mapping (self->settings, "style-variant",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                style_variant_to_color_scheme, NULL, NULL, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);

  if (store != NULL)
    {
      self->context = polku_context_new (store, self->settings);
      self->backup_source = g_timeout_add_seconds_full (G_PRIORITY_LOW, 3, start_backup_cb, self, NULL);
    }
}

/* For the start-up and memory benchmarks (tests/bench): with
 * POLKU_BENCH_FIRST_FRAME set, print the monotonic time and the main thread's
 * CPU time (µs) at the main window's first painted frame and the peak resident
 * memory (KiB), then quit; another value names the section to open first
 * ("learners", "review"), and the memory is measured a second later. */
static gboolean
bench_report_cb (gpointer user_data)
{
  g_autofree char *status = NULL;
  const char *hwm = NULL;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    hwm = strstr (status, "VmHWM:");
  g_print ("polku-bench-memory %" G_GUINT64_FORMAT "\n", hwm != NULL ? g_ascii_strtoull (hwm + 6, NULL, 10) : 0);
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  struct timespec cpu = { 0 };

  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
  /* The main thread's CPU time too: steadier than wall time on a busy machine. */
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu);
  g_print ("polku-bench-first-frame %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", g_get_monotonic_time (),
           (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000);
  g_timeout_add (g_str_equal (g_getenv ("POLKU_BENCH_FIRST_FRAME"), "1") ? 0 : 1000,
                 bench_report_cb, gtk_window_get_application (GTK_WINDOW (window)));
}

static void
bench_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (bench_after_paint_cb), window);
}

static void
polku_application_activate (GApplication *app)
{
  PolkuApplication *self = POLKU_APPLICATION (app);
  GtkWindow *window;

  if (self->context == NULL)
    {
      show_open_error (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      PolkuWindow *new_window = polku_window_new (self, self->context);

      if (g_getenv ("POLKU_BENCH_FIRST_FRAME") != NULL)
        {
          g_signal_connect (new_window, "realize", G_CALLBACK (bench_realize_cb), NULL);
          if (!g_str_equal (g_getenv ("POLKU_BENCH_FIRST_FRAME"), "1"))
            gtk_widget_activate_action (GTK_WIDGET (new_window), "win.show-section", "s",
                                        g_getenv ("POLKU_BENCH_FIRST_FRAME"));
        }
      polku_window_present_first_time (new_window);
      return;
    }

  gtk_window_present (window);
}

static void
polku_application_shutdown (GApplication *app)
{
  PolkuApplication *self = POLKU_APPLICATION (app);

  G_APPLICATION_CLASS (polku_application_parent_class)->shutdown (app);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_object (&self->context);
}

/* GObject overrides */

static void
polku_application_finalize (GObject *object)
{
  PolkuApplication *self = (PolkuApplication *)object;

  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (polku_application_parent_class)->finalize (object);
}

static void
polku_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuApplication *self = POLKU_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PolkuApplication *self = POLKU_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_free (self->database_path);
      self->database_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_application_class_init (PolkuApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = polku_application_finalize;
  object_class->get_property = polku_application_get_property;
  object_class->set_property = polku_application_set_property;

  /**
   * PolkuApplication:database:
   *
   * The database file to open at start-up instead of the default one.
   */
  properties [PROP_DATABASE] =
    g_param_spec_string ("database", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  app_class->handle_local_options = polku_application_handle_local_options;
  app_class->startup = polku_application_startup;
  app_class->activate = polku_application_activate;
  app_class->shutdown = polku_application_shutdown;
}

static void
polku_application_init (PolkuApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open another database instead of the default one"), N_("FILE") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, N_("Import ePerusteet documents (JSON) into the catalogue, or exchange files (XML), and exit"), N_("FILE…") },
    { "download", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, N_("Download qualifications from ePerusteet by diaarinumero, import them and exit"), N_("DIAARINUMERO…") },
    { "eperusteet-url", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The address of the ePerusteet service to download from"), N_("URL") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Fill the database with a fictional workshop and fictional learners to try Polku, and exit"), NULL },
    { "list-learners", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the learners (id, name, status, coach; separated by tabs) and exit"), NULL },
    { "export-pdf", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Export a document as PDF and exit: environment-report, plan, certificate or review-sheet"), N_("KIND") },
    { "workshop", 0, 0, G_OPTION_ARG_INT64, NULL, N_("The workshop of a learning environment report"), N_("ID") },
    { "peruste", 0, 0, G_OPTION_ARG_INT64, NULL, N_("The qualification of a learning environment report"), N_("ID") },
    { "learner", 0, 0, G_OPTION_ARG_INT64, NULL, N_("The learner of a plan, certificate or review sheet"), N_("ID") },
    { "period", 0, 0, G_OPTION_ARG_INT64, NULL, N_("The workshop period of a competence certificate (default: the latest)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("The file to write: a PDF or an exchange file"), N_("FILE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The document’s language: fi or sv"), N_("LANGUAGE") },
    { "export-package", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Write a learner’s competence package for an education provider (--learner, --provider, --output) and exit"), NULL },
    { "export-decisions", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Write the teacher’s decisions on a learner’s competences (--learner, --output) and exit"), NULL },
    { "export-task-map", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Write a workshop’s tasks and their mappings (--workshop, --output) and exit"), NULL },
    { "provider", 0, 0, G_OPTION_ARG_INT64, NULL, N_("The education provider that receives a competence package"), N_("ID") },
    { "student-number", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Include the student number in a competence package"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --import: print what would change and write nothing"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan learning pathways in youth workshops and identify competence for vocational qualifications."));
}

/* Public API */

PolkuApplication *
polku_application_new (void)
{
  return g_object_new (POLKU_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

PolkuContext *
polku_application_get_context (PolkuApplication *self)
{
  g_return_val_if_fail (POLKU_IS_APPLICATION (self), NULL);

  return self->context;
}

int
polku_application_get_exit_status (PolkuApplication *self)
{
  g_return_val_if_fail (POLKU_IS_APPLICATION (self), 1);

  return self->exit_status;
}
