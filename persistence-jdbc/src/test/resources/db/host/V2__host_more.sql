CREATE TABLE host_ticket_link (
    customer_id VARCHAR(40) NOT NULL,
    case_number VARCHAR(40) NOT NULL
);
