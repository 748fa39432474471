-- verdict: safe
SET statement_timeout = 0;
-- verdict: safe
SET lock_timeout = 0;
-- verdict: safe
SET client_encoding = 'UTF8';
-- verdict: safe
SET standard_conforming_strings = on;
-- verdict: safe
SELECT pg_catalog.set_config('search_path', '', false);
-- verdict: safe
SET check_function_bodies = false;
-- verdict: safe
SET client_min_messages = warning;

-- verdict: safe
CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

-- verdict: safe
CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);

-- verdict: safe
ALTER TABLE ONLY public.ar_internal_metadata
    ADD CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key);

-- verdict: safe
ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

-- verdict: safe
CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

-- verdict: safe
CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

-- verdict: safe
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

-- verdict: safe
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

-- verdict: safe
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

-- verdict: safe
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);

-- verdict: safe
CREATE TABLE public.orders (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    total_cents integer DEFAULT 0 NOT NULL,
    state character varying DEFAULT 'pending'::character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

-- verdict: safe
CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

-- verdict: safe
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

-- verdict: safe
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

-- verdict: safe
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

-- verdict: safe
CREATE INDEX index_orders_on_user_id ON public.orders USING btree (user_id);

-- verdict: safe
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT fk_rails_f868b47f6a FOREIGN KEY (user_id) REFERENCES public.users(id);

-- verdict: safe
CREATE TABLE public.legacy_carts (
    id bigserial PRIMARY KEY,
    user_id bigint,
    payload text,
    created_at timestamp(6) without time zone NOT NULL
);

-- verdict: safe
SET search_path TO "$user", public;

-- verdict: safe
INSERT INTO "schema_migrations" (version) VALUES
('20221201000000'),
('20230101000000');
