/* polku-print-operation.c: GTK's print dialog for a PolkuPrintDocument.
 *
 * Shaped like gnome-text-editor's print operation: begin_print paginates a
 * snapshot of the document with the printer's Pango context, draw_page
 * delegates to the layout engine, end_print lets the snapshot go. Units are
 * points and the page setup's margins are the sheet's margins, so that the
 * printed page is the page of the preview and the PDF export.
 *
 * The print settings and page setup chosen in the dialog are kept in the
 * user data folder and used the next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-print-operation.h"

struct _PolkuPrintOperation
{
  GtkPrintOperation   parent_instance;

  /* Owned */
  PolkuPrintDocument *document;
  PolkuPrintDocument *pages;      /* the snapshot being printed */
  GError             *layout_error;
};

G_DEFINE_FINAL_TYPE (PolkuPrintOperation, polku_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static char *
settings_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "polku", name, NULL);
}

static void
load_saved_settings (PolkuPrintOperation *self)
{
  g_autofree char *settings_file = settings_path ("print-settings.ini");
  g_autofree char *setup_file = settings_path ("page-setup.ini");
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;

  /* Missing files are the first print; broken ones are forgotten. */
  settings = gtk_print_settings_new_from_file (settings_file, NULL);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);

  setup = gtk_page_setup_new_from_file (setup_file, NULL);
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

static void
save_settings (PolkuPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autofree char *settings_file = settings_path ("print-settings.ini");
  g_autofree char *setup_file = settings_path ("page-setup.ini");
  g_autofree char *dir = g_path_get_dirname (settings_file);
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings;
  GtkPageSetup *setup;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return;

  settings = gtk_print_operation_get_print_settings (operation);
  if (settings != NULL && !gtk_print_settings_to_file (settings, settings_file, &error))
    g_debug ("Could not keep the print settings: %s", error->message);
  g_clear_error (&error);

  setup = gtk_print_operation_get_default_page_setup (operation);
  if (setup != NULL && !gtk_page_setup_to_file (setup, setup_file, &error))
    g_debug ("Could not keep the page setup: %s", error->message);
}

/**
 * polku_print_operation_new_default_page_setup:
 *
 * A4, portrait, with Polku's margins: the page the preview and PDF export show.
 */
GtkPageSetup *
polku_print_operation_new_default_page_setup (void)
{
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPageSetup *setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (setup, POLKU_PAGE_MARGIN_TOP, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, POLKU_PAGE_MARGIN_BOTTOM, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, POLKU_PAGE_MARGIN_LEFT, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, POLKU_PAGE_MARGIN_RIGHT, GTK_UNIT_POINTS);

  return setup;
}

/* GtkPrintOperation overrides */

static void
polku_print_operation_begin_print (GtkPrintOperation *operation,
                                   GtkPrintContext   *context)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);
  PangoContext *pango_context;
  guint n_pages;

  g_clear_pointer (&self->pages, polku_print_document_unref);
  g_clear_error (&self->layout_error);

  /* With GTK_UNIT_POINTS this context has 72 dpi: sizes are points. */
  pango_context = gtk_print_context_create_pango_context (context);
  self->pages = polku_print_document_copy (self->document);
  n_pages = polku_print_document_paginate (self->pages, pango_context,
                                           gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context),
                                           &self->layout_error);
  g_object_unref (pango_context);

  if (n_pages == 0)
    {
      gtk_print_operation_set_n_pages (operation, 1);
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
polku_print_operation_draw_page (GtkPrintOperation *operation,
                                 GtkPrintContext   *context,
                                 int                page_nr)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  if (self->pages == NULL || page_nr < 0 ||
      (guint) page_nr >= polku_print_document_get_n_pages (self->pages))
    return;

  polku_print_document_draw_page (self->pages, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
polku_print_operation_end_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  g_clear_pointer (&self->pages, polku_print_document_unref);
}

static void
polku_print_operation_done (GtkPrintOperation       *operation,
                            GtkPrintOperationResult  result)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (self);

  if (GTK_PRINT_OPERATION_CLASS (polku_print_operation_parent_class)->done != NULL)
    GTK_PRINT_OPERATION_CLASS (polku_print_operation_parent_class)->done (operation, result);
}

/* GObject overrides */

static void
polku_print_operation_finalize (GObject *object)
{
  PolkuPrintOperation *self = (PolkuPrintOperation *)object;

  g_clear_pointer (&self->document, polku_print_document_unref);
  g_clear_pointer (&self->pages, polku_print_document_unref);
  g_clear_error (&self->layout_error);

  G_OBJECT_CLASS (polku_print_operation_parent_class)->finalize (object);
}

static void
polku_print_operation_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_boxed (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_print_operation_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_print_operation_constructed (GObject *object)
{
  PolkuPrintOperation *self = (PolkuPrintOperation *)object;

  G_OBJECT_CLASS (polku_print_operation_parent_class)->constructed (object);

  if (self->document != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                      polku_print_document_get_title (self->document));
}

static void
polku_print_operation_class_init (PolkuPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = polku_print_operation_constructed;
  object_class->finalize = polku_print_operation_finalize;
  object_class->get_property = polku_print_operation_get_property;
  object_class->set_property = polku_print_operation_set_property;

  operation_class->begin_print = polku_print_operation_begin_print;
  operation_class->draw_page = polku_print_operation_draw_page;
  operation_class->end_print = polku_print_operation_end_print;
  operation_class->done = polku_print_operation_done;

  properties [PROP_DOCUMENT] =
    g_param_spec_boxed ("document", NULL, NULL,
                        POLKU_TYPE_PRINT_DOCUMENT,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_print_operation_init (PolkuPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = polku_print_operation_new_default_page_setup ();

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);

  load_saved_settings (self);
}

/**
 * polku_print_operation_new:
 * @document: the document to print; it is sealed, and each run prints a
 *   snapshot of it
 *
 * Run it with GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG; it is allow-async, so
 * handle the result of gtk_print_operation_run() and the "done" signal in
 * one function.
 */
PolkuPrintOperation *
polku_print_operation_new (PolkuPrintDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return g_object_new (POLKU_TYPE_PRINT_OPERATION,
                       "document", document,
                       "allow-async", TRUE,
                       NULL);
}

PolkuPrintDocument *
polku_print_operation_get_document (PolkuPrintOperation *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_OPERATION (self), NULL);

  return self->document;
}

/**
 * polku_print_operation_get_layout_error:
 *
 * Why the last run was cancelled before printing (the paper too small for
 * the document), or NULL.
 */
const GError *
polku_print_operation_get_layout_error (PolkuPrintOperation *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_OPERATION (self), NULL);

  return self->layout_error;
}
