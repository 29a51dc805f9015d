--liquibase formatted sql

--changeset mosaik:platform-0005-billing-details
-- what a public body's invoice must carry: address, e-mail for invoices, Leitweg-ID (XRechnung) and order number
alter table billing_account add column invoice_email varchar(254);
alter table billing_account add column address_line varchar(200);
alter table billing_account add column postal_code varchar(5);
alter table billing_account add column city varchar(100);
alter table billing_account add column leitweg_id varchar(46);
alter table billing_account add column purchase_order varchar(100);
